package tw.netzero.portal.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The portal's e-mail texts (English and Traditional Chinese in one message), from mail.properties. */
final class MailText {

    private MailText() {
    }

    static String of(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("tw.netzero.portal.application.mail", Locale.ROOT).getString(key);
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
