package tw.netzero.portal.domain.model.idempotency;

import java.util.regex.Pattern;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/**
 * A client's name for one request it may send more than once (the {@code Idempotency-Key} header of
 * the IETF draft "The Idempotency-Key HTTP Header Field"): 1 to 255 visible ASCII characters, as
 * the draft's examples (UUIDs, random strings) are. Compared exactly, per caller.
 */
public record IdempotencyKey(String value) {

    /** The header's name, also the field a refused key is reported at. */
    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;
    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

    public IdempotencyKey {
        if (value == null || !VISIBLE_ASCII.matcher(value).matches()) {
            throw new FieldRuleViolation(HEADER, "idempotency.key.invalid", MAX_LENGTH);
        }
    }
}
