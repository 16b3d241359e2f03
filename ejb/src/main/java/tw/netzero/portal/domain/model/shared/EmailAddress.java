package tw.netzero.portal.domain.model.shared;

import java.util.regex.Pattern;

/**
 * The e-mail addresses the portal sends to (applicants, invited users): a local part and a
 * domain with at least one dot, within the lengths of RFC 5321 (254 in all, 64 before the
 * {@code @}, 63 per label). Stricter than {@code @Email}, which accepts {@code a@b}: the portal
 * mails invitations to the address, so an intranet host name is a typing error here.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    static final int LOCAL_MAX = 64;
    static final int LABEL_MAX = 63;

    /** Dot-separated atoms of letters, digits and the usual symbols (no quoted strings). */
    private static final Pattern LOCAL = Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*");
    /** A label: letters or digits, hyphens inside. */
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?");
    /** The top-level domain: letters only (IDNs as letters or in their xn-- form). */
    private static final Pattern TOP_LEVEL = Pattern.compile("\\p{L}{2,}|xn--[a-zA-Z0-9-]+");

    private EmailAddress() {
    }

    /** Whether {@code text} is an address the portal can send to; null is left to a "required" rule. */
    public static boolean isValid(String text) {
        if (text == null) {
            return true;
        }
        if (text.length() > MAX_LENGTH) {
            return false;
        }
        int at = text.lastIndexOf('@');
        if (at <= 0 || at != text.indexOf('@')) {
            return false;
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1);
        if (local.length() > LOCAL_MAX || !LOCAL.matcher(local).matches()) {
            return false;
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.length() > LABEL_MAX || !LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
    }
}
