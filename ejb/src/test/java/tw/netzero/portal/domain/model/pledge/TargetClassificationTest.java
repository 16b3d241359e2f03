package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetClassificationTest {

    /**
     * Linear rate = reduction / years, rounded half-up to one decimal from the exact quotient:
     * 41.5 % over 10 years is 4.15 → 4.2; 41.4 % is 4.14 → 4.1. SBTi validated "50 % by 2030 from
     * 2018" (4.1667) and "46 % by 2030 from 2019" (4.18) as 1.5 °C.
     */
    @ParameterizedTest
    @CsvSource({
            "2020, 2030, 41.5, 4.2, ONE_POINT_FIVE_C",
            "2020, 2030, 41.4, 4.1, WELL_BELOW_TWO_C",
            "2018, 2030, 50,   4.2, ONE_POINT_FIVE_C",
            "2019, 2030, 46,   4.2, ONE_POINT_FIVE_C",
            "2020, 2030, 42,   4.2, ONE_POINT_FIVE_C",
            "2020, 2030, 25,   2.5, WELL_BELOW_TWO_C",
            "2020, 2030, 24.5, 2.5, WELL_BELOW_TWO_C",
            "2020, 2030, 24.4, 2.4, NOT_ALIGNED"})
    void linearRateIsComparedAfterRoundingHalfUpToOneDecimal(int baseYear, int targetYear, String reduction,
                                                            BigDecimal shownRate, TargetClassification expected) {
        PledgeTarget target = TargetExamples.scope12(baseYear, targetYear, reduction);
        assertEquals(shownRate, target.annualReductionRate().orElseThrow().percentPerYear());
        assertEquals(expected, target.classification(SbtiCriteriaVersion.V5));
    }

    /** The "2 °C" class (about 1.23 %/yr) exists before v5 only; 2.44 %/yr is 2 °C under v4, not aligned under v5. */
    @ParameterizedTest
    @CsvSource({
            "24.4,  BEFORE_V4, TWO_C",
            "24.4,  V4,        TWO_C",
            "24.4,  V5,        NOT_ALIGNED",
            "12.3,  V4,        TWO_C",
            "12.25, V4,        TWO_C",
            "12.24, V4,        NOT_ALIGNED",
            "12.3,  V5,        NOT_ALIGNED",
            "25,    V4,        WELL_BELOW_TWO_C"})
    void twoDegreeClassExistsOnlyBeforeV5(String reductionOverTenYears, SbtiCriteriaVersion version,
                                          TargetClassification expected) {
        assertEquals(expected, TargetExamples.scope12(2020, 2030, reductionOverTenYears).classification(version));
    }

    /**
     * Economic intensity is judged year-on-year: 1 − (1 − r)^(1/10) ≥ 7.0 %/yr after rounding.
     * 51.35 % over 10 years is 6.9517 → 7.0; 51.34 % is 6.9498 → 6.9. 50 % linear would be 5 %/yr.
     */
    @ParameterizedTest
    @CsvSource({
            "51.35, 7.0, ONE_POINT_FIVE_C",
            "51.34, 6.9, NOT_ALIGNED",
            "60,    8.8, ONE_POINT_FIVE_C",
            "42,    5.3, NOT_ALIGNED"})
    void economicIntensityIsJudgedYearOnYearAtSevenPercent(String reduction, BigDecimal shownRate,
                                                          TargetClassification expected) {
        PledgeTarget target = TargetExamples.revenueIntensity(2020, 2030, reduction);
        assertEquals(shownRate, target.annualReductionRate().orElseThrow().percentPerYear());
        assertEquals(expected, target.classification(SbtiCriteriaVersion.V5));
    }

    /** -55 % intensity with output +10 %: implied 1 − 0.45 × 1.1 = 50.5 % over 10 years = 5.05 → 1.5 °C. */
    @ParameterizedTest
    @CsvSource({
            "55, 1100000, ONE_POINT_FIVE_C",
            "30, 1100000, NOT_ALIGNED",
            "30, 1000000, WELL_BELOW_TWO_C",
            "30, 1500000, NOT_ALIGNED"})
    void physicalIntensityIsJudgedByTheImpliedAbsoluteReduction(String reduction, String projectedOutput,
                                                               TargetClassification expected) {
        assertEquals(expected, TargetExamples.steelIntensity(2020, 2030, reduction, projectedOutput)
                .classification(SbtiCriteriaVersion.V5));
    }

    @ParameterizedTest
    @CsvSource({
            "2019-04-14, BEFORE_V4", "2019-04-15, V4", "2021-10-28, V4", "2022-07-14, V4", "2022-07-15, V5",
            "2025-03-01, V5"})
    void versionInForceIsTheOneOfTheSubmissionDay(LocalDate submittedOn, SbtiCriteriaVersion expected) {
        assertEquals(expected, SbtiCriteriaVersion.inForceOn(submittedOn));
    }

    /** v4.x gave six months' grace: from 15 October 2019 no 2 °C scope 1+2 targets. */
    @ParameterizedTest
    @CsvSource({
            "2019-03-01, TWO_C", "2019-10-14, TWO_C", "2019-10-15, WELL_BELOW_TWO_C",
            "2022-07-14, WELL_BELOW_TWO_C", "2022-07-15, ONE_POINT_FIVE_C"})
    void scope12MinimumFollowsVersionAndGrace(LocalDate submittedOn, TargetClassification expected) {
        assertEquals(expected, SbtiCriteriaVersion.inForceOn(submittedOn).minimumScope12Classification(submittedOn));
    }
}
