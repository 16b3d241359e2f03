package tw.netzero.portal.application.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tw.netzero.portal.domain.model.filing.FilingDraft;
import tw.netzero.portal.domain.model.filing.FilingExamples;
import tw.netzero.portal.domain.model.filing.OnTrackAssessment;
import tw.netzero.portal.domain.model.filing.OnTrackStatus;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.filing.Scope3EntryStatus;
import tw.netzero.portal.domain.model.pledge.BaseYearInventory;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.pledge.Target;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * Progress judged like for like (issue 12; GHG Protocol Scope 2 Guidance; domain brief,
 * "Progress filings"): the filed year measured with the base year's scope 2 method, and not
 * comparable when a scope 3 category the pledge covers is not evaluated.
 */
class OnTrackJudgementTest {

    private static final Year YEAR = Year.of(2024);
    /** The categories the example filing reports (1: 100 t, 4: 50.5 t). */
    private static final Set<Scope3Category> REPORTED = Set.of(Scope3Category.PURCHASED_GOODS_AND_SERVICES,
            Scope3Category.UPSTREAM_TRANSPORTATION_AND_DISTRIBUTION);
    private final OnTrackJudgement judgement = new OnTrackJudgement(List.of(), BigDecimal.ZERO);

    /**
     * Base year 2020: scope 1 1,000 + scope 2 600 (location) / 500 (market) + scope 3 200, -40 %
     * by 2030: the 2024 pathway allows 84 % of the base year.
     */
    private static PledgeTerms terms(Scope2Method method, Set<Scope3Category> covered) {
        BaseYearInventory inventory = new BaseYearInventory(Year.of(2020), Emissions.of("1000"), Emissions.of("600"),
                Emissions.of("500"), method, Emissions.of("200"), covered, Percentage.of("100"), Percentage.of("100"));
        return new PledgeTerms(inventory, Target.absolute(Year.of(2030), Percentage.of("40")), null, null);
    }

    /** The example filing: scope 1 1,000, scope 2 500 (location) / 400 (market), scope 3 150.5; category 15 not evaluated. */
    private static ProgressFiling filing(FilingDraft draft) {
        ProgressFiling filing = ProgressFiling.start(7, YEAR);
        filing.revise(draft);
        return filing;
    }

    @Test
    void measuresTheYearWithTheBaseYearsScope2Method() {
        Set<Scope3Category> covered = REPORTED;
        // Location-based: 1,000 + 500 + 150.5 = 1,650.5 against 0.84 × 1,800 = 1,512: off track.
        OnTrackAssessment location = judgement.of(filing(FilingExamples.complete()),
                Optional.of(terms(Scope2Method.LOCATION_BASED, covered)));
        assertEquals(Emissions.of("1650.5"), location.actual());
        assertEquals(Emissions.of("1512"), location.allowed());
        assertEquals(OnTrackStatus.OFF_TRACK, location.status());
        // Market-based: 1,000 + 400 + 150.5 = 1,550.5 against 0.84 × 1,700 = 1,428: off track too, by another figure.
        OnTrackAssessment market = judgement.of(filing(FilingExamples.complete()),
                Optional.of(terms(Scope2Method.MARKET_BASED, covered)));
        assertEquals(Emissions.of("1550.5"), market.actual());
        assertEquals(Emissions.of("1428"), market.allowed());
    }

    @Test
    void aLocationBasedPledgeIsNotJudgedOnMarketBasedFigures() {
        // Scope 1 900: market-based 900 + 400 + 150.5 = 1,450.5 would be on track against 1,512;
        // location-based, as the base year, 900 + 500 + 150.5 = 1,550.5 is not.
        OnTrackAssessment judged = judgement.of(filing(FilingExamples.withScope1(FilingExamples.complete(), "900")),
                Optional.of(terms(Scope2Method.LOCATION_BASED, REPORTED)));
        assertEquals(Emissions.of("1550.5"), judged.actual());
        assertEquals(OnTrackStatus.OFF_TRACK, judged.status());
    }

    @Test
    void aNotEvaluatedCategoryInsideTheBoundaryMakesTheYearNotComparable() {
        OnTrackAssessment inside = judgement.of(filing(FilingExamples.complete()),
                Optional.of(terms(Scope2Method.MARKET_BASED, Set.of(Scope3Category.INVESTMENTS))));
        assertEquals(OnTrackStatus.NOT_COMPARABLE, inside.status());
        assertEquals("filing.targetProgress.scope3NotEvaluated", inside.reasonKey());
        assertEquals(List.of("15"), inside.reasonArguments());
        assertNull(inside.gapTonnes());
    }

    @Test
    void aNotEvaluatedCategoryOutsideTheBoundaryDoesNotMatter() {
        // Scope 1 lowered to 800: 800 + 400 + 150.5 = 1,350.5 ≤ 1,428, on track.
        FilingDraft lower = FilingExamples.withScope1(FilingExamples.complete(), "800");
        OnTrackAssessment outside = judgement.of(filing(lower),
                Optional.of(terms(Scope2Method.MARKET_BASED, Set.of(Scope3Category.PURCHASED_GOODS_AND_SERVICES))));
        assertEquals(OnTrackStatus.ON_TRACK, outside.status());
        FilingDraft evaluated = FilingExamples.withScope3(lower, Scope3Category.INVESTMENTS,
                new FilingDraft.Scope3Figure(Scope3EntryStatus.REPORTED, new BigDecimal("0"), null));
        assertEquals(OnTrackStatus.ON_TRACK, judgement.of(filing(evaluated),
                Optional.of(terms(Scope2Method.MARKET_BASED, Set.of(Scope3Category.INVESTMENTS)))).status());
    }

    @Test
    void aReportedCategoryOutsideTheBoundaryIsNotCounted() {
        // Category 1 only: 1,000 + 400 + 100 = 1,500 (category 4's 50.5 t lie outside the target).
        OnTrackAssessment judged = judgement.of(filing(FilingExamples.complete()),
                Optional.of(terms(Scope2Method.MARKET_BASED, Set.of(Scope3Category.PURCHASED_GOODS_AND_SERVICES))));
        assertEquals(Emissions.of("1500"), judged.actual());
        assertEquals(1, judged.targets().size());
    }

    /**
     * The same base year with a physical-intensity target, -40 % t CO2e per t of steel by 2030 from
     * 1,000 t of steel: 1,428 t are allowed in 2024 at base-year output, scaled by the filed output.
     * The filing's 1,550.5 t (market-based) are within 1,428 × 1.086 = 1,550.808 t, not within
     * 1,428 × 1.085 = 1,549.38 t.
     */
    @ParameterizedTest
    @CsvSource({"1086, ON_TRACK, 1550.808", "1085, OFF_TRACK, 1549.380"})
    void anIntensityPledgeIsJudgedOnTheFiledProductionOutput(String output, OnTrackStatus expected, String allowed) {
        FilingDraft withOutput = FilingExamples.complete().withActivity(new BigDecimal(output), "t of steel", null);
        OnTrackAssessment judged = judgement.of(filing(withOutput), Optional.of(steelIntensityTerms()));
        assertEquals(expected, judged.status());
        assertEquals(Emissions.of(allowed), judged.allowed());
        assertEquals(Emissions.of("1550.5"), judged.actual());
    }

    @Test
    void anIntensityPledgeWithoutOutputInItsUnitIsNotComparable() {
        OnTrackAssessment withoutOutput = judgement.of(filing(FilingExamples.complete()),
                Optional.of(steelIntensityTerms()));
        assertEquals(OnTrackStatus.NOT_COMPARABLE, withoutOutput.status());
        assertEquals("filing.targetProgress.productionOutputMissing", withoutOutput.reasonKey());
        FilingDraft inClinker = FilingExamples.complete().withActivity(new BigDecimal("1086"), "t of clinker", null);
        OnTrackAssessment otherUnit = judgement.of(filing(inClinker), Optional.of(steelIntensityTerms()));
        assertEquals(OnTrackStatus.NOT_COMPARABLE, otherUnit.status());
        assertEquals("filing.targetProgress.productionUnitDiffers", otherUnit.reasonKey());
        assertEquals(List.of("t of clinker", "t of steel"), otherUnit.reasonArguments());
        assertNull(otherUnit.gapTonnes());
    }

    private static PledgeTerms steelIntensityTerms() {
        BaseYearInventory inventory = new BaseYearInventory(Year.of(2020), Emissions.of("1000"), Emissions.of("600"),
                Emissions.of("500"), Scope2Method.MARKET_BASED, Emissions.of("200"),
                REPORTED, Percentage.of("100"), Percentage.of("100"));
        return new PledgeTerms(inventory, Target.intensity(Year.of(2030), Percentage.of("40"), "t of steel",
                new BigDecimal("1000")), null, null);
    }
}
