package tw.netzero.portal.application.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of the portal's e-mails ({@code tw/netzero/portal/application/mail.properties}, English and 繁體中文 in one). */
public final class MailText {

    private static final String BUNDLE = "tw.netzero.portal.application.mail";

    private MailText() {
    }

    public static String of(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
