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
import tw.netzero.portal.domain.model.pledge.BaseYearInventory;
import tw.netzero.portal.domain.model.pledge.PledgeTarget;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.pledge.TargetBoundary;
import tw.netzero.portal.domain.model.pledge.TargetExamples;
import tw.netzero.portal.domain.model.pledge.TargetHorizon;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * A pledge judged target by target, each on its own boundary, and the pledge's verdict derived
 * from them (decision 0020): off track when any comparable target is, else not comparable when
 * any target is, else on track.
 *
 * <p>The brief's typical pledge, base year 2020: scope 1+2 85,000 t (scope 1 60,000 t, scope 2
 * 25,000 t by the target's method) −42 % by 2030; scope 3 categories 1 and 4, 60,000 t, −25 % by
 * 2030. In 2023 the pathways allow exactly 74,290 t (85,000 × 0.874) and 55,500 t (60,000 × 0.925).
 */
class PledgeProgressTest {

    private static final TargetProgressClassifier CLASSIFIER = new TargetProgressClassifier();

    private static PledgeTerms typicalPledge(Scope2Method scope12Method) {
        BaseYearInventory inventory = new BaseYearInventory(Year.of(2020), Emissions.of("60000"),
                Emissions.of("25000"), Emissions.of("25000"), scope12Method, Emissions.of("60000"),
                TargetExamples.CATEGORIES_1_AND_4, null, null);
        PledgeTarget scope12 = PledgeTarget.absolute(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_1_2, Year.of(2020),
                Emissions.of("85000"), Year.of(2030), Percentage.of("42"), Percentage.HUNDRED, scope12Method, Set.of());
        return new PledgeTerms(inventory, List.of(TargetExamples.scope3(2020, 2030, "25"), scope12), Year.of(2050));
    }

    private static ReportingYearFigures figures(int year, String scope2Location, String scope2Market,
                                                Scope3EntryStatus category4, String category4Tonnes,
                                                Scope3EntryStatus category6) {
        return new ReportingYearFigures(Year.of(year), Emissions.of("60000"), Emissions.of(scope2Location),
                Emissions.of(scope2Market), List.of(
                Scope3Entry.reported(Scope3Category.PURCHASED_GOODS_AND_SERVICES, Emissions.of("45500")),
                entry(Scope3Category.UPSTREAM_TRANSPORTATION_AND_DISTRIBUTION, category4, category4Tonnes),
                entry(Scope3Category.BUSINESS_TRAVEL, category6, "900000")), null, null, null);
    }

    private static Scope3Entry entry(Scope3Category category, Scope3EntryStatus status, String tonnes) {
        return switch (status) {
            case REPORTED -> Scope3Entry.reported(category, Emissions.of(tonnes));
            case NOT_RELEVANT -> Scope3Entry.notRelevant(category, "No such activity");
            case NOT_EVALUATED -> Scope3Entry.notEvaluated(category, "Data not yet collected");
        };
    }

    /**
     * Exactly on each line, one kilogram above on either boundary, a not-evaluated category inside
     * (4) and outside (6) the scope 3 boundary, and a scope 1+2 target stated location-based
     * against market-based figures: scope 2 20,000 t location-based, 14,290 t market-based.
     */
    @ParameterizedTest(name = "{0} {1}/{2}, category 4 {3} {4}, category 6 {5}: {6} / {7} → {8} by {9}")
    @CsvSource({
            // method,    s2 location, s2 market, cat 4,      cat 4 t,   cat 6,         scope 1+2,      scope 3,        pledge,         deciding
            "MARKET_BASED,   20000, 14290,     REPORTED,      10000,     NOT_RELEVANT,  ON_TRACK,       ON_TRACK,       ON_TRACK,       SCOPE_1_2",
            "MARKET_BASED,   20000, 14290.001, REPORTED,      10000,     NOT_RELEVANT,  OFF_TRACK,      ON_TRACK,       OFF_TRACK,      SCOPE_1_2",
            "MARKET_BASED,   20000, 14290,     REPORTED,      10000.001, NOT_RELEVANT,  ON_TRACK,       OFF_TRACK,      OFF_TRACK,      SCOPE_3",
            "MARKET_BASED,   20000, 14290,     NOT_EVALUATED, ,          NOT_RELEVANT,  ON_TRACK,       NOT_COMPARABLE, NOT_COMPARABLE, SCOPE_3",
            "MARKET_BASED,   20000, 14290,     REPORTED,      10000,     NOT_EVALUATED, ON_TRACK,       ON_TRACK,       ON_TRACK,       SCOPE_1_2",
            "MARKET_BASED,   20000, 14290.001, NOT_EVALUATED, ,          NOT_RELEVANT,  OFF_TRACK,      NOT_COMPARABLE, OFF_TRACK,      SCOPE_1_2",
            "MARKET_BASED,   20000, 14290,     NOT_RELEVANT,  ,          NOT_RELEVANT,  ON_TRACK,       ON_TRACK,       ON_TRACK,       SCOPE_1_2",
            "LOCATION_BASED, 20000, 14290,     REPORTED,      10000,     NOT_RELEVANT,  OFF_TRACK,      ON_TRACK,       OFF_TRACK,      SCOPE_1_2",
            "LOCATION_BASED, 14290, 20000,     REPORTED,      10000,     NOT_RELEVANT,  ON_TRACK,       ON_TRACK,       ON_TRACK,       SCOPE_1_2"})
    void judgesEachTargetOnItsBoundaryAndThePledgeByTheRule(Scope2Method method, String scope2Location,
                                                            String scope2Market, Scope3EntryStatus category4,
                                                            String category4Tonnes, Scope3EntryStatus category6,
                                                            TargetProgressStatus scope12, TargetProgressStatus scope3,
                                                            TargetProgressStatus pledge, TargetBoundary deciding) {
        PledgeProgress progress = PledgeProgress.of(typicalPledge(method),
                figures(2023, scope2Location, scope2Market, category4, category4Tonnes, category6), CLASSIFIER);
        assertEquals(TargetBoundary.SCOPE_1_2, progress.targets().get(0).target().boundary(), "headline first");
        assertEquals(scope12, progress.targets().get(0).status());
        assertEquals(scope3, progress.targets().get(1).status());
        assertEquals(pledge, progress.status());
        assertEquals(deciding, progress.deciding().target().boundary());
    }

    @Test
    void eachTargetIsMeasuredOnItsOwnBoundary() {
        PledgeProgress progress = PledgeProgress.of(typicalPledge(Scope2Method.MARKET_BASED),
                figures(2023, "20000", "14290", Scope3EntryStatus.REPORTED, "10000", Scope3EntryStatus.REPORTED),
                CLASSIFIER);
        TargetProgress scope12 = progress.targets().get(0);
        assertEquals(Emissions.of("74290"), scope12.actualEmissions());
        assertEquals(Emissions.of("74290"), scope12.allowedEmissions());
        // Category 6's 900,000 t lie outside the scope 3 target: not counted.
        TargetProgress scope3 = progress.targets().get(1);
        assertEquals(Emissions.of("55500"), scope3.actualEmissions());
        assertEquals(Emissions.of("55500"), scope3.allowedEmissions());
    }

    @Test
    void theVerdictShownIsTheDecidingTargetsWithEveryRow() {
        OnTrackAssessment offTrack = PledgeProgress.of(typicalPledge(Scope2Method.MARKET_BASED),
                figures(2023, "20000", "14290", Scope3EntryStatus.REPORTED, "11110", Scope3EntryStatus.NOT_RELEVANT),
                CLASSIFIER).assessment();
        assertEquals(OnTrackStatus.OFF_TRACK, offTrack.status());
        assertEquals(Emissions.of("56610"), offTrack.actual());
        assertEquals(Emissions.of("55500"), offTrack.allowed());
        assertEquals(new BigDecimal("1110.000"), offTrack.gapTonnes());
        assertEquals(new BigDecimal("2.00"), offTrack.gapPercentOfAllowed());
        assertEquals(2, offTrack.targets().size());
        // Each row's gap in tonnes, as the views word it ("2 % above the pathway (1,110 t)").
        TargetProgress scope3 = offTrack.targets().get(1);
        assertEquals(new BigDecimal("1110.000"), scope3.gapTonnes());
        assertEquals(new BigDecimal("2.00"), scope3.gapTonnesPercentOfAllowed());

        OnTrackAssessment notComparable = PledgeProgress.of(typicalPledge(Scope2Method.MARKET_BASED),
                figures(2023, "20000", "14290", Scope3EntryStatus.NOT_EVALUATED, null, Scope3EntryStatus.NOT_RELEVANT),
                CLASSIFIER).assessment();
        assertEquals(OnTrackStatus.NOT_COMPARABLE, notComparable.status());
        assertEquals("filing.targetProgress.scope3NotEvaluated", notComparable.reasonKey());
        assertEquals(List.of("4"), notComparable.reasonArguments());
        assertNull(notComparable.gapTonnes());
        assertNull(notComparable.targets().get(1).gapTonnes());
        assertNull(notComparable.targets().get(1).gapTonnesPercentOfAllowed());
    }

    /**
     * After 2030 the scope 1+2 pathway runs on to its long-term target on the same boundary, −90 %
     * by 2050: 2035 allows 58 % − 48 % × 5/20 = 46 % of 85,000 t = 39,100 t.
     */
    @Test
    void afterTheNearTermYearTheLongTermTargetOfTheSameBoundaryDecides() {
        PledgeTerms base = typicalPledge(Scope2Method.MARKET_BASED);
        List<PledgeTarget> targets = new java.util.ArrayList<>(base.targets());
        targets.add(TargetExamples.scope12(TargetHorizon.LONG_TERM, 2020, 2050, "90", "95"));
        PledgeTerms terms = new PledgeTerms(base.inventory(), targets, base.netZeroYear());
        PledgeProgress progress = PledgeProgress.of(terms, new ReportingYearFigures(Year.of(2035),
                Emissions.of("30000"), Emissions.of("9100"), Emissions.of("9100"), List.of(
                Scope3Entry.reported(Scope3Category.PURCHASED_GOODS_AND_SERVICES, Emissions.of("30000")),
                Scope3Entry.reported(Scope3Category.UPSTREAM_TRANSPORTATION_AND_DISTRIBUTION, Emissions.of("15000"))),
                null, null, null), CLASSIFIER);
        TargetProgress scope12 = progress.targets().get(0);
        assertEquals(TargetHorizon.LONG_TERM, scope12.target().horizon());
        assertEquals(Emissions.of("39100"), scope12.allowedEmissions());
        assertEquals(TargetProgressStatus.ON_TRACK, scope12.status());
        // The scope 3 target has no long-term target here: its level stays at 75 % (45,000 t).
        assertEquals(Emissions.of("45000"), progress.targets().get(1).allowedEmissions());
        assertEquals(TargetProgressStatus.ON_TRACK, progress.status());
    }

    /**
     * A steel intensity target on scope 1+2 (2 t per t in 2020, −30 % by 2030: 1.7 t per t allowed
     * in 2025) beside the scope 3 target (52,500 t allowed in 2025, 48,000 t filed): with 1,100,000 t of steel the
     * pledge is on track (1,870,000 t allowed); without output the intensity target, and so the
     * pledge, is not comparable.
     */
    @ParameterizedTest
    @CsvSource({"1100000, ON_TRACK, ON_TRACK", ", NOT_COMPARABLE, NOT_COMPARABLE"})
    void anIntensityTargetIsJudgedOnTheFiledActivity(BigDecimal output, TargetProgressStatus intensity,
                                                     TargetProgressStatus pledge) {
        PledgeTarget steel = TargetExamples.steelIntensity(2020, 2030, "30", null);
        BaseYearInventory inventory = new BaseYearInventory(Year.of(2020), Emissions.of("1900000"),
                Emissions.of("100000"), Emissions.of("90000"), Scope2Method.LOCATION_BASED, Emissions.of("60000"),
                TargetExamples.CATEGORIES_1_AND_4, null, null);
        PledgeTerms terms = new PledgeTerms(inventory, List.of(steel, TargetExamples.scope3(2020, 2030, "25")), null);
        ReportingYearFigures figures = new ReportingYearFigures(Year.of(2025), Emissions.of("1700000"),
                Emissions.of("100000"), Emissions.of("50000"), List.of(
                Scope3Entry.reported(Scope3Category.PURCHASED_GOODS_AND_SERVICES, Emissions.of("40000")),
                Scope3Entry.reported(Scope3Category.UPSTREAM_TRANSPORTATION_AND_DISTRIBUTION, Emissions.of("8000"))),
                output, "t of steel", null);
        PledgeProgress progress = PledgeProgress.of(terms, figures, CLASSIFIER);
        assertEquals(intensity, progress.targets().get(0).status());
        assertEquals(TargetProgressStatus.ON_TRACK, progress.targets().get(1).status());
        assertEquals(pledge, progress.status());
        if (output != null) {
            assertEquals(Emissions.of("1870000"), progress.targets().get(0).allowedEmissions());
            assertEquals(Emissions.of("1800000"), progress.targets().get(0).actualEmissions());
        } else {
            assertEquals("filing.targetProgress.productionOutputMissing", progress.assessment().reasonKey());
        }
    }

    /** A year from the history import holds scope 3 as a total: a boundary with scope 3 counts it whole. */
    @Test
    void anImportedYearCountsItsScope3TotalOnAScope3Boundary() {
        ReportingYearFigures imported = new ReportingYearFigures(Year.of(2023), Emissions.of("60000"),
                Emissions.of("20000"), Emissions.of("14290"), List.of(), null, null, null, Emissions.of("55500"));
        PledgeProgress progress = PledgeProgress.of(typicalPledge(Scope2Method.MARKET_BASED), imported, CLASSIFIER);
        assertEquals(Emissions.of("55500"), progress.targets().get(1).actualEmissions());
        assertEquals(TargetProgressStatus.ON_TRACK, progress.status());
    }
}
