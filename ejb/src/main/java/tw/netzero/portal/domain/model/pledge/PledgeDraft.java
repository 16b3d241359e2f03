package tw.netzero.portal.domain.model.pledge;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Transient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import tw.netzero.portal.domain.model.shared.Amount;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.domain.model.shared.YearBetween;

/**
 * The editable content of a pledge version as stored, embedded in {@link PledgeVersion}: every
 * field may still be empty (a half-finished draft can be saved), but what is stored must be in
 * range. The wizard states it as a {@link PledgeCommand} with {@link TargetCommand}s
 * ({@link PledgeCommand#toDraft}); no page binds this class. {@link #toTerms} turns a complete
 * draft into checked {@link PledgeTerms}.
 */
@Embeddable
public class PledgeDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TONNES_MAX = "1000000000";
    /** The largest activity (15 digits before the point, 4 after: the column's precision 20, scale 4). */
    static final String ACTIVITY_MAX = "999999999999999.9999";
    static final int YEAR_MIN = 1990;
    static final int YEAR_MAX = 2100;

    @YearBetween(min = YEAR_MIN, max = YEAR_MAX, message = "{pledge.year.range}")
    @Column(name = "base_year")
    private Integer baseYear;

    @Amount(min = "0", max = TONNES_MAX, fraction = 3, message = "{emissions.range}", decimalsMessage = "{emissions.digits}")
    @Column(name = "scope1", precision = 15, scale = 3)
    private BigDecimal scope1;

    @Amount(min = "0", max = TONNES_MAX, fraction = 3, message = "{emissions.range}", decimalsMessage = "{emissions.digits}")
    @Column(name = "scope2_location", precision = 15, scale = 3)
    private BigDecimal scope2LocationBased;

    @Amount(min = "0", max = TONNES_MAX, fraction = 3, message = "{emissions.range}", decimalsMessage = "{emissions.digits}")
    @Column(name = "scope2_market", precision = 15, scale = 3)
    private BigDecimal scope2MarketBased;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope2_method", length = 16)
    private Scope2Method scope2Method = Scope2Method.MARKET_BASED;

    @Amount(min = "0", max = TONNES_MAX, fraction = 3, message = "{emissions.range}", decimalsMessage = "{emissions.digits}")
    @Column(name = "scope3", precision = 15, scale = 3)
    private BigDecimal scope3;

    @Convert(converter = Scope3CategoriesConverter.class)
    @Column(name = "scope3_categories", length = 64)
    private Set<Scope3Category> scope3Categories = EnumSet.noneOf(Scope3Category.class);

    @DecimalMin(value = "0", message = "{percentage.range}")
    @DecimalMax(value = "100", message = "{percentage.range}")
    @Column(name = "scope12_coverage", precision = 5, scale = 2)
    private BigDecimal scope12Coverage;

    @DecimalMin(value = "0", message = "{percentage.range}")
    @DecimalMax(value = "100", message = "{percentage.range}")
    @Column(name = "scope3_coverage", precision = 5, scale = 2)
    private BigDecimal scope3Coverage;

    /**
     * The targets, in the order the member added them. Stored by {@link PledgeVersion} as its
     * element collection (decision 0016: EclipseLink maps no element collection inside an
     * embeddable), which hands them over with every copy of the content.
     */
    @Valid
    @Transient
    private List<TargetDraft> targets = new ArrayList<>();

    @YearBetween(min = YEAR_MIN, max = YEAR_MAX, message = "{pledge.year.range}")
    @Column(name = "net_zero_year")
    private Integer netZeroYear;

    @Column(name = "offsets_counted", nullable = false)
    private boolean offsetsCounted;

    @Size(max = 4000, message = "{pledge.measures.size}")
    @Column(name = "measures", length = 4000)
    private String measures;

    @Enumerated(EnumType.STRING)
    @Column(name = "boundary", length = 24)
    private BoundaryApproach boundary = BoundaryApproach.OPERATIONAL_CONTROL;

    /** SBTi's own validation, when the member records one ({@link SbtiValidation}; all three or none). */
    @Column(name = "sbti_validated_on")
    private LocalDate sbtiValidatedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "sbti_classification", length = 24)
    private TargetClassification sbtiClassification;

    @Size(max = 500, message = "{pledge.sbti.link.size}")
    @Column(name = "sbti_link", length = 500)
    private String sbtiLink;

    /**
     * The terms this draft pledges, checked as of {@code today}; refused with the first missing
     * field's key when the draft is not complete yet.
     */
    public PledgeTerms toTerms(LocalDate today) {
        BaseYearInventory inventory = new BaseYearInventory(Year.of(required(baseYear, "baseYear")),
                tonnes(scope1, "scope1"), tonnes(scope2LocationBased, "scope2LocationBased"),
                tonnes(scope2MarketBased, "scope2MarketBased"), required(scope2Method, "scope2Method"),
                tonnes(scope3, "scope3"), scope3Categories,
                scope12Coverage == null ? null : Percentage.of(scope12Coverage),
                scope3Coverage == null ? null : Percentage.of(scope3Coverage));
        List<PledgeTarget> checked = targets.stream().map(target -> target.toTarget(inventory.year())).toList();
        if (checked.stream().noneMatch(target -> target.horizon() == TargetHorizon.NEAR_TERM)) {
            throw new DomainRuleViolation("pledge.incomplete", "nearTargetYear");
        }
        return PledgeTerms.of(inventory, checked, netZeroYear == null ? null : Year.of(netZeroYear), today);
    }

    /**
     * Refuses what contradicts itself or today, as far as it is filled in, naming the field to
     * correct: a base year in the future, a target year not after the base year, a long-term year
     * not after the near-term one, an SBTi validation that is incomplete, dated outside 2015 to
     * today or without a web address. A net-zero year may stand anywhere (the pre-check flags it).
     */
    public void requireConsistent(LocalDate today) {
        sbtiValidation(today);
        int currentYear = today.getYear();
        if (baseYear != null && baseYear > currentYear) {
            throw new FieldRuleViolation("baseYear", "pledge.baseYear.inFuture", baseYear, currentYear);
        }
        for (TargetDraft target : targets) {
            Integer year = target.targetYear();
            if (year != null && baseYear != null && year <= baseYear) {
                throw new FieldRuleViolation(target.horizon() == TargetHorizon.NEAR_TERM ? "nearTargetYear" : "longTargetYear",
                        "pledge.target.yearNotAfterBaseYear", year, baseYear);
            }
        }
        Optional<Integer> latestNear = targetYears(TargetHorizon.NEAR_TERM).max(Integer::compare);
        Optional<Integer> earliestLong = targetYears(TargetHorizon.LONG_TERM).min(Integer::compare);
        if (latestNear.isPresent() && earliestLong.isPresent() && earliestLong.get() <= latestNear.get()) {
            throw new FieldRuleViolation("longTargetYear", "pledge.longTerm.notAfterNearTerm", earliestLong.get(),
                    latestNear.get());
        }
        // A net-zero year in any order is kept: the pre-check flags one before a target year.
    }

    /** True when every field a pledge needs is filled in (the terms may still break a rule). */
    public boolean isComplete() {
        return baseYear != null && scope1 != null && scope2LocationBased != null && scope2MarketBased != null
                && scope2Method != null && scope3 != null
                && targets.stream().anyMatch(target -> target.horizon() == TargetHorizon.NEAR_TERM)
                && targets.stream().allMatch(TargetDraft::isComplete);
    }

    private Stream<Integer> targetYears(TargetHorizon horizon) {
        return targets.stream().filter(target -> target.horizon() == horizon).map(TargetDraft::targetYear)
                .filter(Objects::nonNull);
    }

    /** Scope 1, scope 2 by the chosen method and scope 3 of the base year; null while one is missing. */
    BigDecimal baseYearTotal() {
        BigDecimal scope2 = scope2Method == Scope2Method.LOCATION_BASED ? scope2LocationBased : scope2MarketBased;
        return scope1 == null || scope2 == null || scope3 == null ? null : scope1.add(scope2).add(scope3);
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new DomainRuleViolation("pledge.incomplete", field);
        }
        return value;
    }

    private static Emissions tonnes(BigDecimal value, String field) {
        return Emissions.of(required(value, field));
    }

    /**
     * The draft the wizard's {@code terms} state, without targets ({@link PledgeCommand#toDraft} adds
     * them); the only way in for the terms, so the entity has no setters for a page or a test to call.
     */
    static PledgeDraft of(PledgeCommand terms) {
        PledgeDraft draft = new PledgeDraft();
        draft.baseYear = terms.baseYear();
        draft.scope1 = terms.scope1();
        draft.scope2LocationBased = terms.scope2LocationBased();
        draft.scope2MarketBased = terms.scope2MarketBased();
        draft.scope2Method = terms.scope2Method();
        draft.scope3 = terms.scope3();
        draft.scope3Categories = EnumSet.noneOf(Scope3Category.class);
        draft.scope3Categories.addAll(terms.scope3Categories());
        draft.scope12Coverage = terms.scope12Coverage();
        draft.scope3Coverage = terms.scope3Coverage();
        draft.boundary = terms.boundary();
        draft.netZeroYear = terms.netZeroYear();
        draft.offsetsCounted = terms.offsetsCounted();
        draft.measures = terms.measures();
        draft.sbtiValidatedOn = terms.sbtiValidatedOn();
        draft.sbtiClassification = terms.sbtiClassification();
        draft.sbtiLink = terms.sbtiLink();
        return draft;
    }

    public PledgeDraft copy() {
        PledgeDraft copy = new PledgeDraft();
        copy.baseYear = baseYear;
        copy.scope1 = scope1;
        copy.scope2LocationBased = scope2LocationBased;
        copy.scope2MarketBased = scope2MarketBased;
        copy.scope2Method = scope2Method;
        copy.scope3 = scope3;
        copy.scope3Categories = scope3Categories.isEmpty() ? EnumSet.noneOf(Scope3Category.class)
                : EnumSet.copyOf(scope3Categories);
        copy.scope12Coverage = scope12Coverage;
        copy.scope3Coverage = scope3Coverage;
        copy.targets = new ArrayList<>(targets.stream().map(TargetDraft::copy).toList());
        copy.netZeroYear = netZeroYear;
        copy.offsetsCounted = offsetsCounted;
        copy.measures = measures;
        copy.boundary = boundary;
        copy.sbtiValidatedOn = sbtiValidatedOn;
        copy.sbtiClassification = sbtiClassification;
        copy.sbtiLink = sbtiLink;
        return copy;
    }

    /** SBTi's validation as recorded, checked as of {@code today}; empty when none is recorded. */
    public Optional<SbtiValidation> sbtiValidation(LocalDate today) {
        return Optional.ofNullable(SbtiValidation.of(sbtiValidatedOn, sbtiClassification, sbtiLink, today));
    }

    /** SBTi's validation as stored (checked when it was saved); empty when none is recorded. */
    public Optional<SbtiValidation> recordedSbtiValidation() {
        return sbtiValidatedOn == null || sbtiClassification == null || sbtiLink == null ? Optional.empty()
                : Optional.of(new SbtiValidation(sbtiValidatedOn, sbtiClassification, URI.create(sbtiLink)));
    }

    public Integer getBaseYear() {
        return baseYear;
    }

    public BigDecimal getScope1() {
        return scope1;
    }

    public BigDecimal getScope2LocationBased() {
        return scope2LocationBased;
    }

    public BigDecimal getScope2MarketBased() {
        return scope2MarketBased;
    }

    public Scope2Method getScope2Method() {
        return scope2Method;
    }

    public BigDecimal getScope3() {
        return scope3;
    }

    public Set<Scope3Category> getScope3Categories() {
        return scope3Categories;
    }

    public BigDecimal getScope12Coverage() {
        return scope12Coverage;
    }

    public BigDecimal getScope3Coverage() {
        return scope3Coverage;
    }

    /** Copies of the targets, in order; change them through {@link #addTarget}, {@link #replaceTarget}, {@link #removeTarget}. */
    public List<TargetDraft> targets() {
        return targets.stream().map(TargetDraft::copy).toList();
    }

    public void addTarget(TargetDraft target) {
        targets.add(target.copy());
    }

    /** Replaces all targets, in the order given. */
    public void replaceAllTargets(List<TargetDraft> newTargets) {
        targets = new ArrayList<>(newTargets.stream().map(TargetDraft::copy).toList());
    }

    public void replaceTarget(int index, TargetDraft target) {
        targets.set(index, target.copy());
    }

    public void removeTarget(int index) {
        targets.remove(index);
    }

    /** Replaces the targets of one horizon by {@code target} (none when null), keeping the others. */
    public void replaceTargets(TargetHorizon horizon, TargetDraft target) {
        targets.removeIf(existing -> existing.horizon() == horizon);
        if (target != null) {
            targets.add(horizon == TargetHorizon.NEAR_TERM ? 0 : targets.size(), target.copy());
        }
    }

    public Integer getNetZeroYear() {
        return netZeroYear;
    }

    public boolean isOffsetsCounted() {
        return offsetsCounted;
    }

    public String getMeasures() {
        return measures;
    }

    public BoundaryApproach getBoundary() {
        return boundary;
    }

    public LocalDate getSbtiValidatedOn() {
        return sbtiValidatedOn;
    }

    public TargetClassification getSbtiClassification() {
        return sbtiClassification;
    }

    public String getSbtiLink() {
        return sbtiLink;
    }

}
