package tw.netzero.portal.domain.model.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UbnTest {

    private static final int[] WEIGHTS = {1, 2, 1, 2, 1, 2, 4, 1};

    /** Valid examples from shared/domain.md (MOF check-digit notice 2021-12-22). */
    @ParameterizedTest
    @ValueSource(strings = {"04595257", "10458575", "04702088", "00651474", "00238778"})
    void acceptsPublishedValidNumbers(String number) {
        assertTrue(Ubn.isValid(number));
        assertEquals(number, Ubn.of(number).value());
    }

    @Test
    void seventhDigitSevenIsValidWhenSumPlusOneIsDivisibleByFive() {
        // 1,0,4,5,8,5,7,5 -> digit sums 1+0+4+1+8+1+10+5 = 30; also accepted via sum+1 below.
        assertTrue(Ubn.isValid("10458575"));
        // 1,0,4,5,8,5,7,4 -> sum 29, not divisible by 5, but 29 + 1 = 30 is: valid only
        // because the 7th digit is 7.
        assertTrue(Ubn.isValid("10458574"));
        // The same sum + 1 trick does not apply when the 7th digit is not 7:
        // 0,4,5,9,5,2,5,6 -> sum 39, 39 + 1 = 40, yet invalid.
        assertFalse(Ubn.isValid("04595256"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0459525", "045952570", "1234567", "123456789"})
    void rejectsWrongLength(String number) {
        assertFalse(Ubn.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0459525A", "O4595257", "04595 57", "-4595257", "０4595257", "04.95257"})
    void rejectsAnythingButAsciiDigits(String number) {
        assertFalse(Ubn.isValid(number));
        assertThrows(IllegalArgumentException.class, () -> Ubn.of(number));
    }

    /**
     * Every single-digit change of a valid number is rejected unless it moves the weighted
     * digit sum by a multiple of 5: since 2023 the check is "divisible by 5", so such a change
     * (for example 0 -> 5 in an odd position) is undetectable by design of the MOF rule.
     * (Numbers whose 7th digit is 7, such as 00651474, accept sum + 1 as well; see above.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"04595257", "04702088", "13579113"})
    void rejectsEverySingleDigitChangeTheChecksumCanDetect(String valid) {
        List<String> undetectable = new ArrayList<>();
        int detectableChanges = 0;
        for (int position = 0; position < Ubn.LENGTH; position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == valid.charAt(position)) {
                    continue;
                }
                String changed = valid.substring(0, position) + digit + valid.substring(position + 1);
                if (shiftIsMultipleOfFive(valid, changed)) {
                    undetectable.add(changed);
                } else {
                    detectableChanges++;
                    assertFalse(Ubn.isValid(changed), () -> changed + " should be rejected");
                }
            }
        }
        // 72 single-digit changes in all; the rule catches most of them.
        assertTrue(detectableChanges >= 55, "only " + detectableChanges + " detectable");
        assertEquals(72, detectableChanges + undetectable.size());
    }

    @Test
    void aChangeOfFiveInAnOddPositionIsTheKnownBlindSpotOfTheMod5Rule() {
        assertTrue(Ubn.isValid("54595257"), "0 -> 5 in position 1 shifts the sum by 5");
    }

    @Test
    void computesTheCheckDigitThatCompletesSevenDigits() {
        // 0,4,5,9,5,2,5 weigh in at 33: last digits 2 and 7 both complete it; the smaller wins.
        assertEquals(2, Ubn.checkDigitFor("0459525"));
        assertTrue(Ubn.isValid("0459525" + Ubn.checkDigitFor("0459525")));
    }

    @Test
    void aSearchedTextIsAUbnsStartWhenItIsOneToEightDigits() {
        assertTrue(Ubn.isPrefix("0"));
        assertTrue(Ubn.isPrefix("0459525"));
        assertTrue(Ubn.isPrefix("04595257"));
        assertFalse(Ubn.isPrefix("045952570"), "nine digits");
        assertFalse(Ubn.isPrefix(""));
        assertFalse(Ubn.isPrefix(null));
        assertFalse(Ubn.isPrefix("0459 525"));
        assertFalse(Ubn.isPrefix("０４５"), "full-width digits are not ASCII digits");
    }

    @Test
    void equalNumbersAreEqualValues() {
        assertEquals(Ubn.of("04595257"), Ubn.of("04595257"));
        assertEquals(Ubn.of("04595257").hashCode(), Ubn.of("04595257").hashCode());
    }

    /** Independent of Ubn: does the change shift the weighted digit sum by a multiple of 5? */
    private static boolean shiftIsMultipleOfFive(String original, String changed) {
        return (digitSum(changed) - digitSum(original)) % 5 == 0;
    }

    private static int digitSum(String number) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int product = (number.charAt(i) - '0') * WEIGHTS[i];
            sum += product / 10 + product % 10;
        }
        return sum;
    }
}
