package tw.netzero.portal.domain.model.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tw.netzero.portal.domain.model.pledge.PledgeTarget;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.pledge.TargetBoundary;
import tw.netzero.portal.domain.model.pledge.TargetExamples;
import tw.netzero.portal.domain.model.pledge.TargetHorizon;
import tw.netzero.portal.domain.model.pledge.TargetPathway;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope3Category;

class TargetProgressClassifierTest {

    private final TargetProgressClassifier classifier = new TargetProgressClassifier();

    /**
     * Scope 1+2 85,000 t in 2020, -42 % by 2030: 74,290 t allowed in 2023. The 2023 filing: scope 1
     * 60,000 t, scope 2 location-based 20,000 t, market-based 14,000 t. A market-based target sees
     * 74,000 t (on track), a location-based one 80,000 t (off track).
     */
    @ParameterizedTest
    @CsvSource({"MARKET_BASED, ON_TRACK, 74000.000, -290.000", "LOCATION_BASED, OFF_TRACK, 80000.000, 5710.000"})
    void countsScope2ByTheMethodTheTargetIsStatedIn(Scope2Method method, TargetProgressStatus expected,
                                                   BigDecimal actual, BigDecimal gap) {
        PledgeTarget target = PledgeTarget.absolute(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_1_2, Year.of(2020),
                Emissions.of("85000"), Year.of(2030), Percentage.of("42"), Percentage.HUNDRED, method, Set.of());
        TargetProgress progress = classifier.classify(TargetPathway.of(target), figures2023(List.of()));
        assertEquals(expected, progress.status());
        assertEquals(expected.messageKey(), progress.messageKey());
        assertEquals(new BigDecimal("74290.000"), progress.allowed());
        assertEquals(actual, progress.actual());
        assertEquals(gap, progress.gap());
    }

    /** Scope 3 categories 1 and 4, 60,000 t in 2020, -25 % by 2030: 55,500 t allowed in 2023. */
    @ParameterizedTest
    @CsvSource({
            "REPORTED,      REPORTED,      ON_TRACK,       ''",
            "REPORTED,      NOT_EVALUATED, ON_TRACK,       ''",
            "NOT_EVALUATED, REPORTED,      NOT_COMPARABLE, 4",
            "NOT_RELEVANT,  REPORTED,      ON_TRACK,       ''"})
    void aNotEvaluatedCategoryMattersOnlyInsideTheBoundary(Scope3EntryStatus category4, Scope3EntryStatus category6,
                                                          TargetProgressStatus expected, String reasonArgument) {
        List<Scope3Entry> scope3 = List.of(
                Scope3Entry.reported(Scope3Category.PURCHASED_GOODS_AND_SERVICES, Emissions.of("40000")),
                entry(Scope3Category.UPSTREAM_TRANSPORTATION_AND_DISTRIBUTION, category4, "10000"),
                entry(Scope3Category.BUSINESS_TRAVEL, category6, "900000"));
        TargetProgress progress = classifier.classify(TargetPathway.of(TargetExamples.scope3(2020, 2030, "25")),
                figures2023(scope3));
        assertEquals(expected, progress.status());
        if (expected == TargetProgressStatus.NOT_COMPARABLE) {
            assertEquals("filing.targetProgress.scope3NotEvaluated", progress.messageKey());
            assertEquals(List.of(reasonArgument), progress.arguments());
            assertNull(progress.actual());
        } else {
            assertEquals(new BigDecimal("55500.000"), progress.allowed());
        }
    }

    @Test
    void aCoveredCategoryMissingFromTheFilingIsNotComparable() {
        TargetProgress progress = classifier.classify(TargetPathway.of(TargetExamples.scope3(2020, 2030, "25")),
                figures2023(List.of(Scope3Entry.reported(Scope3Category.PURCHASED_GOODS_AND_SERVICES,
                        Emissions.of("40000")))));
        assertEquals(TargetProgressStatus.NOT_COMPARABLE, progress.status());
        assertEquals(List.of("4"), progress.arguments());
    }

    /**
     * Steel, 2 t CO2e per t in 2020, -30 % by 2030 (location-based): 1.7 allowed in 2025. The 2025
     * filing: 1,700,000 + 100,000 t. With 1,100,000 t steel that is 1.636364 (on track); with
     * 1,000,000 t it is 1.8 (off track); without output it cannot be compared.
     */
    @ParameterizedTest
    @CsvSource({
            "1100000, ON_TRACK,       1.636364, -0.063636",
            "1000000, OFF_TRACK,      1.800000, 0.100000",
            ",        NOT_COMPARABLE, ,"})
    void comparesAnIntensityTargetPerUnitOfActivity(BigDecimal output, TargetProgressStatus expected,
                                                   BigDecimal actual, BigDecimal gap) {
        ReportingYearFigures figures = new ReportingYearFigures(Year.of(2025), Emissions.of("1700000"),
                Emissions.of("100000"), Emissions.of("50000"), List.of(), output, "t of steel", null);
        TargetProgress progress = classifier.classify(
                TargetPathway.of(TargetExamples.steelIntensity(2020, 2030, "30", null)), figures);
        assertEquals(expected, progress.status());
        assertEquals(actual, progress.actual());
        assertEquals(gap, progress.gap());
        if (expected == TargetProgressStatus.NOT_COMPARABLE) {
            assertEquals("filing.targetProgress.productionOutputMissing", progress.messageKey());
        } else {
            assertEquals(new BigDecimal("1.700000"), progress.allowed());
        }
    }

    /**
     * The steel target is stated "t CO2e per t steel": output filed as "T of Steel" or "t steel"
     * measures it (1,100,000 t: on track); output in "kt steel" or "t clinker" does not, and the
     * year is not comparable, naming both units, rather than divided by the wrong quantity.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "T of Steel  | ON_TRACK",
            "t  steel    | ON_TRACK",
            "tCO2e/t steel | ON_TRACK",
            "kt steel    | NOT_COMPARABLE",
            "t clinker   | NOT_COMPARABLE"})
    void anIntensityIsComparableOnlyWithOutputInTheTargetsUnit(String filedUnit, TargetProgressStatus expected) {
        ReportingYearFigures figures = new ReportingYearFigures(Year.of(2025), Emissions.of("1700000"),
                Emissions.of("100000"), Emissions.of("50000"), List.of(), new BigDecimal("1100000"), filedUnit, null);
        TargetProgress progress = classifier.classify(
                TargetPathway.of(TargetExamples.steelIntensity(2020, 2030, "30", null)), figures);
        assertEquals(expected, progress.status());
        if (expected == TargetProgressStatus.NOT_COMPARABLE) {
            assertEquals(TargetProgress.PRODUCTION_UNIT_DIFFERS_KEY, progress.messageKey());
            assertEquals(List.of(filedUnit, "t CO2e per t steel"), progress.arguments());
            assertNull(progress.actual());
        }
    }

    @Test
    void anEconomicIntensityTargetWithoutNetRevenueIsNotComparable() {
        List<Scope3Entry> scope3 = List.of(
                Scope3Entry.reported(Scope3Category.PURCHASED_GOODS_AND_SERVICES, Emissions.of("40000")),
                Scope3Entry.reported(Scope3Category.UPSTREAM_TRANSPORTATION_AND_DISTRIBUTION, Emissions.of("1000")));
        TargetPathway pathway = TargetPathway.of(TargetExamples.revenueIntensity(2020, 2030, "51.35"));
        ReportingYearFigures withoutRevenue = new ReportingYearFigures(Year.of(2025), Emissions.ZERO, Emissions.ZERO,
                Emissions.ZERO, scope3, BigDecimal.TEN, "t", null);
        TargetProgress progress = classifier.classify(pathway, withoutRevenue);
        assertEquals(TargetProgressStatus.NOT_COMPARABLE, progress.status());
        assertEquals("filing.targetProgress.netRevenueMissing", progress.messageKey());
        ReportingYearFigures withRevenue = new ReportingYearFigures(Year.of(2025), Emissions.ZERO, Emissions.ZERO,
                Emissions.ZERO, scope3, null, null, new BigDecimal("12000"));
        // 5 t per million NTD, 48.65 % kept by 2030: 3.71625 allowed in 2025; 41,000 / 12,000 = 3.416667.
        TargetProgress compared = classifier.classify(pathway, withRevenue);
        assertEquals(TargetProgressStatus.ON_TRACK, compared.status());
        assertEquals(new BigDecimal("3.716250"), compared.allowed());
        assertEquals(new BigDecimal("3.416667"), compared.actual());
    }

    /** 75,000 t against 74,290 t allowed: off track without tolerance, on track within 1 % (75,032.9 t). */
    @ParameterizedTest
    @CsvSource({"0, OFF_TRACK", "0.95, OFF_TRACK", "1, ON_TRACK"})
    void toleranceWidensTheAllowedLevel(String tolerance, TargetProgressStatus expected) {
        ReportingYearFigures figures = new ReportingYearFigures(Year.of(2023), Emissions.of("60000"),
                Emissions.of("20000"), Emissions.of("15000"), List.of(), null, null, null);
        TargetProgress progress = new TargetProgressClassifier(Percentage.of(tolerance))
                .classify(TargetPathway.of(TargetExamples.scope12(2020, 2030, "42")), figures);
        assertEquals(expected, progress.status());
        assertEquals(new BigDecimal("0.96"), progress.gapPercentOfAllowed());
    }

    private static ReportingYearFigures figures2023(List<Scope3Entry> scope3) {
        return new ReportingYearFigures(Year.of(2023), Emissions.of("60000"), Emissions.of("20000"),
                Emissions.of("14000"), scope3, null, null, null);
    }

    private static Scope3Entry entry(Scope3Category category, Scope3EntryStatus status, String tonnes) {
        return switch (status) {
            case REPORTED -> Scope3Entry.reported(category, Emissions.of(tonnes));
            case NOT_RELEVANT -> Scope3Entry.notRelevant(category, "not part of the business");
            case NOT_EVALUATED -> Scope3Entry.notEvaluated(category, "no supplier data yet");
        };
    }
}
