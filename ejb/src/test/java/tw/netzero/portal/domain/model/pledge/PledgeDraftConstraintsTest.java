package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.netzero.portal.domain.model.shared.Amount;
import tw.netzero.portal.domain.model.shared.Amount.Verdict;
import tw.netzero.portal.domain.model.shared.YearBetween;

/** The range and decimals rules of the pledge form's numbers, as PledgeDraft and TargetDraft declare them. */
class PledgeDraftConstraintsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1e308", "1E+10", "1000000000.001", "-0.001", "-1e308", "9e999999"})
    void hugeOrNegativeTonnesAreOutOfRangeWhateverTheirDecimals(String typed) throws Exception {
        assertEquals(Verdict.OUT_OF_RANGE, amount("scope1").judge(new BigDecimal(typed)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0001", "1e-308", "12.3456"})
    void tonnesInRangeWithMoreThanThreeDecimalsAreADecimalsProblem(String typed) throws Exception {
        assertEquals(Verdict.TOO_MANY_DECIMALS, amount("scope1").judge(new BigDecimal(typed)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1e3", "1E+9", "1000000000", "1000000000.000", "12.345", "12.3450000"})
    void tonnesInRangeWithUpToThreeDecimalsFit(String typed) throws Exception {
        for (String field : new String[] {"scope1", "scope2LocationBased", "scope2MarketBased", "scope3"}) {
            assertEquals(Verdict.FITS, amount(field).judge(new BigDecimal(typed)), field);
        }
        assertEquals(Verdict.FITS, amount("scope1").judge(null));
    }

    @Test
    void activityMustBeAboveZeroAndFitItsColumn() throws Exception {
        for (String field : new String[] {"baseYearActivity", "projectedTargetYearActivity"}) {
            activityFitsItsColumn(amount(TargetDraft.class, field));
        }
    }

    private static void activityFitsItsColumn(Amount.Validator activity) {
        assertEquals(Verdict.OUT_OF_RANGE, activity.judge(BigDecimal.ZERO));
        assertEquals(Verdict.OUT_OF_RANGE, activity.judge(new BigDecimal("1e308")));
        assertEquals(Verdict.OUT_OF_RANGE, activity.judge(new BigDecimal("1e15")));
        assertEquals(Verdict.TOO_MANY_DECIMALS, activity.judge(new BigDecimal("1.00001")));
        assertEquals(Verdict.FITS, activity.judge(new BigDecimal("999999999999999.9999")));
        assertEquals(Verdict.FITS, activity.judge(new BigDecimal("0.0001")));
    }

    @Test
    void yearsLieBetween1990And2100() throws Exception {
        for (Field field : new Field[] {PledgeDraft.class.getDeclaredField("baseYear"),
                PledgeDraft.class.getDeclaredField("netZeroYear"), TargetDraft.class.getDeclaredField("targetYear")}) {
            YearBetween bounds = field.getAnnotation(YearBetween.class);
            assertEquals(1990, bounds.min(), field.getName());
            assertEquals(2100, bounds.max(), field.getName());
            YearBetween.Validator validator = new YearBetween.Validator();
            validator.initialize(bounds);
            assertTrue(validator.isValid(1990, null));
            assertTrue(validator.isValid(2100, null));
            assertTrue(validator.isValid(null, null));
            assertFalse(validator.isValid(1989, null));
            assertFalse(validator.isValid(2101, null));
        }
    }

    private static Amount.Validator amount(String field) throws NoSuchFieldException {
        return amount(PledgeDraft.class, field);
    }

    private static Amount.Validator amount(Class<?> form, String field) throws NoSuchFieldException {
        Amount.Validator validator = new Amount.Validator();
        validator.initialize(form.getDeclaredField(field).getAnnotation(Amount.class));
        return validator;
    }
}
