package tw.netzero.portal.domain.model.pledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/** Small pledges for tests. The worked example: base year 2020 at 100,000 tCO2e. */
public final class PledgeExamples {

    public static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
    public static final Year BASE_YEAR = Year.of(2020);

    private PledgeExamples() {
    }

    /**
     * Scope 1 60,000 + scope 2 market-based 25,000 (location-based 35,000, not used) + scope 3
     * 15,000 = 100,000 tCO2e, scope 1+2 fully covered.
     */
    public static BaseYearInventory inventory(Year baseYear) {
        return inventory(baseYear, "60000", "25000", "15000", "100", "0");
    }

    public static BaseYearInventory inventory(Year baseYear, String scope1, String scope2MarketBased, String scope3,
                                              String scope12Coverage, String scope3Coverage) {
        return new BaseYearInventory(baseYear, Emissions.of(scope1), Emissions.of("35000"),
                Emissions.of(scope2MarketBased), Scope2Method.MARKET_BASED, Emissions.of(scope3),
                Set.of(Scope3Category.PURCHASED_GOODS_AND_SERVICES), Percentage.of(scope12Coverage),
                Percentage.of(scope3Coverage));
    }

    public static Target absolute(int year, String reduction) {
        return Target.absolute(Year.of(year), Percentage.of(reduction));
    }

    /** -42 % by 2030, -90 % by 2045, net zero 2050: meets every default criterion. */
    public static PledgeTerms workedExample() {
        return new PledgeTerms(inventory(BASE_YEAR), absolute(2030, "42"), absolute(2045, "90"), Year.of(2050));
    }

    /**
     * A complete, 1.5 °C-consistent draft: base year 2020 with 1,200,000 t in all (scope 1
     * 800,000, scope 2 market-based 250,000, scope 3 150,000); -50 % by 2031, -95 % by 2045, net
     * zero 2050.
     */
    public static PledgeDraft completeDraft() {
        PledgeDraft draft = PledgeDraftBuilder.pledge().inventory(2020, "800000", "300000", "250000", "150000")
                .coverage("98", "70").netZeroYear(2050).build();
        putCombinedTargets(draft, 2031, "50", 2045, "95");
        return draft;
    }

    /**
     * Puts the combined near-term and (when {@code longYear} is given) long-term target the way
     * pledges held them before targets were stored separately; call once the inventory is filled in.
     */
    public static void putCombinedTargets(PledgeDraft draft, int nearYear, String nearReduction, Integer longYear,
                                          String longReduction) {
        draft.replaceTargets(TargetHorizon.NEAR_TERM, TargetDraft.combined(TargetHorizon.NEAR_TERM, draft, nearYear,
                new BigDecimal(nearReduction), TargetKind.ABSOLUTE, null, null));
        draft.replaceTargets(TargetHorizon.LONG_TERM, longYear == null ? null : TargetDraft.combined(
                TargetHorizon.LONG_TERM, draft, longYear, new BigDecimal(longReduction), TargetKind.ABSOLUTE, null, null));
    }

    /**
     * The common SBTi pledge of two near-term targets: scope 1+2 (market-based, 1,050,000 t)
     * -42 % and scope 3 (purchased goods and services, 150,000 t) -25 % by 2030 from 2020, on the
     * inventory of {@link #completeDraft()} without its combined targets.
     */
    public static PledgeDraft twoTargetDraft() {
        PledgeDraft draft = PledgeDraftBuilder.pledge().inventory(2020, "800000", "300000", "250000", "150000")
                .coverage("98", "70").build();
        draft.addTarget(TargetDraft.of(scope12Target("42")));
        draft.addTarget(TargetDraft.of(scope3Target("25")));
        return draft;
    }

    /** Scope 1+2 near-term, 2020 to 2030, market-based, 98 % covered. */
    public static PledgeTarget scope12Target(String reduction) {
        return PledgeTarget.absolute(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_1_2, Year.of(2020),
                Emissions.of("1050000"), Year.of(2030), Percentage.of(reduction), Percentage.of("98"),
                Scope2Method.MARKET_BASED, Set.of());
    }

    /** Scope 3 near-term on purchased goods and services, 2020 to 2030, 70 % covered. */
    public static PledgeTarget scope3Target(String reduction) {
        return PledgeTarget.absolute(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_3, Year.of(2020),
                Emissions.of("150000"), Year.of(2030), Percentage.of(reduction), Percentage.of("70"), null,
                Set.of(Scope3Category.PURCHASED_GOODS_AND_SERVICES));
    }
}
