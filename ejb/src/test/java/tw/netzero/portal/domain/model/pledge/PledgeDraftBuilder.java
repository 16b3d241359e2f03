package tw.netzero.portal.domain.model.pledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * Builds the pledge drafts the tests store and check, through the wizard's own way in
 * ({@link PledgeCommand#toDraft}): the stored {@link PledgeDraft} has no setters. Targets are put on
 * the built draft ({@link PledgeExamples#putCombinedTargets}, {@link PledgeDraft#addTarget}), as they
 * are computed from its inventory.
 */
public final class PledgeDraftBuilder {

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

    private PledgeDraftBuilder() {
    }

    /** An empty draft, as a new pledge version starts. */
    public static PledgeDraftBuilder pledge() {
        return new PledgeDraftBuilder();
    }

    /** The same terms and targets as {@code draft}, to change some of them. */
    public static PledgeDraftBuilder from(PledgeDraft draft) {
        PledgeCommand terms = PledgeCommand.of(draft);
        PledgeDraftBuilder builder = new PledgeDraftBuilder();
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
    public PledgeDraftBuilder inventory(int year, String scope1Tonnes, String scope2Location, String scope2Market,
                                        String scope3Tonnes) {
        baseYear = year;
        scope1 = scope1Tonnes == null ? null : new BigDecimal(scope1Tonnes);
        scope2LocationBased = scope2Location == null ? null : new BigDecimal(scope2Location);
        scope2MarketBased = scope2Market == null ? null : new BigDecimal(scope2Market);
        scope3 = scope3Tonnes == null ? null : new BigDecimal(scope3Tonnes);
        return this;
    }

    /** The share of scope 1+2 and of scope 3 emissions the targets cover, in per cent. */
    public PledgeDraftBuilder coverage(String scope12, String scope3Share) {
        scope12Coverage = new BigDecimal(scope12);
        scope3Coverage = new BigDecimal(scope3Share);
        return this;
    }

    public PledgeDraftBuilder baseYear(Integer year) {
        baseYear = year;
        return this;
    }

    public PledgeDraftBuilder scope1(BigDecimal tonnes) {
        scope1 = tonnes;
        return this;
    }

    public PledgeDraftBuilder netZeroYear(Integer year) {
        netZeroYear = year;
        return this;
    }

    public PledgeDraftBuilder measures(String text) {
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
