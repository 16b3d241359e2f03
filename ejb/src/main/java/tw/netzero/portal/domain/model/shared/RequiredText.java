package tw.netzero.portal.domain.model.shared;

/**
 * A text a rule requires (a reason, a basis, a call's wording): given, not blank, and at most
 * {@code max} characters once the surrounding white space is stripped. Refused at its field.
 */
public final class RequiredText {

    private RequiredText() {
    }

    /**
     * The text stripped; a {@link FieldRuleViolation} at {@code field} with {@code missingKey} when it
     * is missing or blank, with {@code tooLongKey} (and {@code max}) when it is longer.
     */
    public static String stripped(String field, String value, int max, String missingKey, String tooLongKey) {
        if (value == null || value.isBlank()) {
            throw new FieldRuleViolation(field, missingKey);
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new FieldRuleViolation(field, tooLongKey, max);
        }
        return text;
    }
}
