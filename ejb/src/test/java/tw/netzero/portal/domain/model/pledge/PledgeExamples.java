package tw.netzero.portal.domain.model.pledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
        PledgeDraft draft = PledgeExamples.draft().inventory(2020, "800000", "300000", "250000", "150000")
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
        PledgeDraft draft = PledgeExamples.draft().inventory(2020, "800000", "300000", "250000", "150000")
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

    /** An empty draft to build, as a new pledge version starts ({@link DraftBuilder}). */
    public static DraftBuilder draft() {
        return new DraftBuilder();
    }

    /** The terms and targets of {@code draft}, to change some of them ({@link DraftBuilder}). */
    public static DraftBuilder draftFrom(PledgeDraft draft) {
        return DraftBuilder.from(draft);
    }

    /**
     * Builds the pledge drafts the tests store and check, through the wizard's own way in
     * ({@link PledgeCommand#toDraft}): the stored {@link PledgeDraft} has no setters. Targets are put on
     * the built draft ({@link PledgeExamples#putCombinedTargets}, {@link PledgeDraft#addTarget}), as they
     * are computed from its inventory.
     */
    public static final class DraftBuilder {

        private Integer baseYear;
        private BigDecimal scope1;
        private BigDecimal scope2LocationBased;
        private BigDecimal scope2MarketBased;
        private Scope2Method scope2Method = Scope2Method.MARKET_BASED;
        private BigDecimal scope3;
        private Set<Scope3Category> scope3Categories = EnumSet.noneOf(Scope3Category.class);
        private BigDecimal scope12Coverage;
        private BigDecimal scope3Coverage;
        private BoundaryApproach boundary = BoundaryApproach.OPERATIONAL_CONTROL;
        private Integer netZeroYear;
        private boolean offsetsCounted;
        private String measures;
        private LocalDate sbtiValidatedOn;
        private TargetClassification sbtiClassification;
        private String sbtiLink;
        private List<TargetDraft> targets = new ArrayList<>();

        private DraftBuilder() {
        }


        /** The same terms and targets as {@code draft}, to change some of them. */
        static DraftBuilder from(PledgeDraft draft) {
            PledgeCommand terms = PledgeCommand.of(draft);
            DraftBuilder builder = new DraftBuilder();
            builder.baseYear = terms.baseYear();
            builder.scope1 = terms.scope1();
            builder.scope2LocationBased = terms.scope2LocationBased();
            builder.scope2MarketBased = terms.scope2MarketBased();
            builder.scope2Method = terms.scope2Method();
            builder.scope3 = terms.scope3();
            builder.scope3Categories = terms.scope3Categories();
            builder.scope12Coverage = terms.scope12Coverage();
            builder.scope3Coverage = terms.scope3Coverage();
            builder.boundary = terms.boundary();
            builder.netZeroYear = terms.netZeroYear();
            builder.offsetsCounted = terms.offsetsCounted();
            builder.measures = terms.measures();
            builder.sbtiValidatedOn = terms.sbtiValidatedOn();
            builder.sbtiClassification = terms.sbtiClassification();
            builder.sbtiLink = terms.sbtiLink();
            builder.targets = new ArrayList<>(draft.targets());
            return builder;
        }

        /** The base-year inventory: scope 1, both scope 2 figures and scope 3, in tonnes. */
        public DraftBuilder inventory(int year, String scope1Tonnes, String scope2Location, String scope2Market,
                                            String scope3Tonnes) {
            baseYear = year;
            scope1 = scope1Tonnes == null ? null : new BigDecimal(scope1Tonnes);
            scope2LocationBased = scope2Location == null ? null : new BigDecimal(scope2Location);
            scope2MarketBased = scope2Market == null ? null : new BigDecimal(scope2Market);
            scope3 = scope3Tonnes == null ? null : new BigDecimal(scope3Tonnes);
            return this;
        }

        /** The share of scope 1+2 and of scope 3 emissions the targets cover, in per cent. */
        public DraftBuilder coverage(String scope12, String scope3Share) {
            scope12Coverage = new BigDecimal(scope12);
            scope3Coverage = new BigDecimal(scope3Share);
            return this;
        }

        public DraftBuilder baseYear(Integer year) {
            baseYear = year;
            return this;
        }

        public DraftBuilder scope1(BigDecimal tonnes) {
            scope1 = tonnes;
            return this;
        }

        public DraftBuilder netZeroYear(Integer year) {
            netZeroYear = year;
            return this;
        }

        public DraftBuilder measures(String text) {
            measures = text;
            return this;
        }

        /** The terms as the wizard sends them. */
        public PledgeCommand command() {
            return new PledgeCommand(baseYear, scope1, scope2LocationBased, scope2MarketBased, scope2Method, scope3,
                    scope3Categories, scope12Coverage, scope3Coverage, boundary, netZeroYear, offsetsCounted, measures,
                    sbtiValidatedOn, sbtiClassification, sbtiLink);
        }

        /** The draft with these terms and the targets taken over by {@link #from} (none for a new one). */
        public PledgeDraft build() {
            PledgeDraft draft = command().toDraft(List.of());
            targets.forEach(draft::addTarget);
            return draft;
        }
    }
}
