package tw.netzero.portal.domain.model.company;

import java.io.Serializable;
import java.util.Objects;

/**
 * Taiwan Unified Business Number (統一編號): eight digits with a weighted checksum.
 *
 * <p>Rule (Ministry of Finance check-digit notice, 2021-12-22): weights 1,2,1,2,1,2,4,1;
 * multiply each digit by its weight, add the two digits of each product and sum them all.
 * The number is valid when the sum is divisible by 5 (by 10 before 2023; every older number
 * still passes). When the 7th digit is 7 its product 28 counts as 10, and the number is also
 * valid when sum + 1 is divisible by 5.
 */
public final class Ubn implements Serializable, Comparable<Ubn> {

    private static final long serialVersionUID = 1L;

    public static final int LENGTH = 8;
    private static final int[] WEIGHTS = {1, 2, 1, 2, 1, 2, 4, 1};
    /** Divisor in force since 2023 (was 10); see the class comment. */
    private static final int CHECKSUM_DIVISOR = 5;
    private static final int SPECIAL_POSITION = 6;
    private static final int SPECIAL_DIGIT = 7;

    private final String value;

    private Ubn(String value) {
        this.value = value;
    }

    /** Builds a UBN, refusing anything that is not eight digits with a valid checksum. */
    public static Ubn of(String candidate) {
        if (!isValid(candidate)) {
            throw new IllegalArgumentException("Not a valid UBN: " + candidate);
        }
        return new Ubn(candidate);
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.length() != LENGTH || !allDigits(candidate)) {
            return false;
        }
        int sum = weightedDigitSum(candidate);
        boolean specialCase = candidate.charAt(SPECIAL_POSITION) - '0' == SPECIAL_DIGIT;
        return sum % CHECKSUM_DIVISOR == 0 || (specialCase && (sum + 1) % CHECKSUM_DIVISOR == 0);
    }

    /**
     * Whether a searched text can be the start of a UBN: 1 to 8 digits (the checksum is not asked,
     * the rest of the number is unknown).
     */
    public static boolean isPrefix(String candidate) {
        return candidate != null && !candidate.isEmpty() && candidate.length() <= LENGTH && allDigits(candidate);
    }

    private static boolean allDigits(String candidate) {
        return candidate.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * The last digit that makes the first seven a valid UBN, or -1 when none does (a 7th
     * digit of 7 always has one). Used to mint fictional but valid numbers for demo data.
     */
    public static int checkDigitFor(String firstSeven) {
        for (int digit = 0; digit <= 9; digit++) {
            if (isValid(firstSeven + digit)) {
                return digit;
            }
        }
        return -1;
    }

    private static int weightedDigitSum(String digits) {
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            int product = (digits.charAt(i) - '0') * WEIGHTS[i];
            sum += product / 10 + product % 10;
        }
        return sum;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ubn ubn && value.equals(ubn.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public int compareTo(Ubn other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
