package tw.netzero.portal.domain.model.filing;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import tw.netzero.portal.domain.model.history.HistoryEntry;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.ReviewWorkflow;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.domain.model.shared.PrivateWhileDraft;

/**
 * A member company's yearly progress filing: its inventory (scope 1, scope 2 both ways, scope 3
 * by category), energy use, reduction actions and verification, reviewed by the secretariat
 * through {@link FilingWorkflow}. A company has one filing per reporting year; correcting an
 * accepted filing starts the next revision of that year, which supersedes it once accepted.
 * Both stay on record.
 *
 * <p>A filing may also be <em>imported</em> from the alliance's records of earlier years
 * (the secretariat's history import): it is accepted as it arrives, and its scope 3 is one
 * total, because those records hold no categories. It counts like any accepted filing.
 */
@Entity
@Table(name = "progress_filing")
// A member's overview reads every year's filing with its scope 3 lines and review notes: in two
// more statements for all filings (IN batches), not two per filing (EAGER alone: N+1).
@NamedQuery(name = ProgressFiling.CURRENT_OF_COMPANY, query = "SELECT f FROM ProgressFiling f"
        + " WHERE f.companyId = :companyId AND f.superseded = false ORDER BY f.reportingYear, f.revision",
        hints = {@QueryHint(name = "eclipselink.batch.type", value = "IN"),
                @QueryHint(name = "eclipselink.batch", value = "f.scope3"),
                @QueryHint(name = "eclipselink.batch", value = "f.reviewNotes")})
@NamedQuery(name = ProgressFiling.OF_YEAR, query = "SELECT f FROM ProgressFiling f"
        + " WHERE f.companyId = :companyId AND f.reportingYear = :year ORDER BY f.revision DESC")
@NamedQuery(name = ProgressFiling.COUNT_OF_YEAR, query = "SELECT COUNT(f) FROM ProgressFiling f"
        + " WHERE f.companyId = :companyId AND f.reportingYear = :year")
@NamedQuery(name = ProgressFiling.SUMMARIES_OF_COMPANY, query = "SELECT NEW"
        + " tw.netzero.portal.domain.model.filing.FilingSummary(f.id, f.companyId, f.reportingYear, f.revision,"
        + " f.status, f.superseded, f.submittedAt, f.version)"
        + " FROM ProgressFiling f WHERE f.companyId = :companyId ORDER BY f.reportingYear DESC, f.revision DESC")
public class ProgressFiling implements PrivateWhileDraft, Serializable {

    private static final long serialVersionUID = 1L;

    public static final String CURRENT_OF_COMPANY = "ProgressFiling.currentOfCompany";
    public static final String OF_YEAR = "ProgressFiling.ofYear";
    public static final String COUNT_OF_YEAR = "ProgressFiling.countOfYear";
    public static final String SUMMARIES_OF_COMPANY = "ProgressFiling.summariesOfCompany";

    /** DECIMAL(15,3): three decimals as in {@link Emissions}, so twelve digits before the point. */
    public static final int AMOUNT_INTEGER_DIGITS = 12;
    public static final int AMOUNT_FRACTION_DIGITS = 3;
    public static final int REDUCTION_ACTIONS_MAX = 4000;
    public static final int REASON_MAX = 1000;
    public static final int VERIFIER_MAX = 200;
    public static final int STANDARD_MAX = 100;
    public static final int REVIEW_COMMENT_MAX = ReviewWorkflow.REVIEW_COMMENT_MAX;
    public static final int REVIEW_NOTE_MAX = 1000;
    /** VARCHAR(64) (V18): a unit of product such as "t of steel" or "MWh of electricity". */
    public static final int PRODUCTION_UNIT_MAX = 64;
    /**
     * The verifier of an imported inventory marked as verified: the alliance's records say that
     * it was verified, not by whom (pages show this as "not recorded").
     */
    public static final String VERIFIER_NOT_RECORDED = "(not recorded: history import)";

    @Id
    // One allocation per 1,000 filings started (decision 0066).
    @TableGenerator(name = "progress_filing_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "progress_filing", allocationSize = 1_000)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "progress_filing_id")
    private Long id;

    @Column(name = "company_id", nullable = false, updatable = false)
    private Long companyId;

    @Column(name = "reporting_year", nullable = false, updatable = false)
    private Year reportingYear;

    /** 1 for the first filing of the year, then one more per correction. */
    @Column(name = "revision", nullable = false, updatable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private FilingStatus status;

    /** An accepted filing whose correction has since been accepted. */
    @Column(name = "superseded", nullable = false)
    private boolean superseded;

    @Column(name = "scope1_tonnes", precision = 15, scale = 3)
    private Emissions scope1;

    @Column(name = "scope2_location_tonnes", precision = 15, scale = 3)
    private Emissions scope2LocationBased;

    @Column(name = "scope2_market_tonnes", precision = 15, scale = 3)
    private Emissions scope2MarketBased;

    /** By category; each line is a row of its own, added, changed or removed only by {@link #revise}. */
    @OneToMany(mappedBy = "filing", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @MapKey(name = "category")
    private Map<Scope3Category, Scope3Line> scope3 = new EnumMap<>(Scope3Category.class);

    /** Set only on an imported filing, whose records hold scope 3 as a total, not by category. */
    @Column(name = "scope3_total_tonnes", precision = 15, scale = 3)
    private Emissions importedScope3Total;

    /** Came from the history import rather than being filed through the portal. */
    @Column(name = "imported", nullable = false, updatable = false)
    private boolean imported;

    @Column(name = "energy_mwh", precision = 15, scale = 3)
    private BigDecimal energyMwh;

    @Column(name = "renewable_share_percent", precision = 5, scale = 2)
    private Percentage renewableShare;

    @Column(name = "reduction_actions", length = REDUCTION_ACTIONS_MAX)
    private String reductionActions;

    /** Production output of the year in {@link #productionUnit} (V18): for physical-intensity targets. */
    @Column(name = "production_output", precision = 15, scale = 3)
    private BigDecimal productionOutput;

    @Column(name = "production_unit", length = PRODUCTION_UNIT_MAX)
    private String productionUnit;

    /** Net revenue of the year in million NTD (V18): for economic-intensity targets. */
    @Column(name = "net_revenue_million_ntd", precision = 15, scale = 3)
    private BigDecimal netRevenueMillionNtd;

    @Embedded
    @AttributeOverride(name = "level", column = @Column(name = "scope1_assurance", nullable = false, length = 16))
    @AttributeOverride(name = "verifier", column = @Column(name = "scope1_verifier", length = VERIFIER_MAX))
    @AttributeOverride(name = "standard", column = @Column(name = "scope1_standard", length = STANDARD_MAX))
    private VerificationLine scope1Verification;

    @Embedded
    @AttributeOverride(name = "level", column = @Column(name = "scope2_assurance", nullable = false, length = 16))
    @AttributeOverride(name = "verifier", column = @Column(name = "scope2_verifier", length = VERIFIER_MAX))
    @AttributeOverride(name = "standard", column = @Column(name = "scope2_standard", length = STANDARD_MAX))
    private VerificationLine scope2Verification;

    @Embedded
    @AttributeOverride(name = "level", column = @Column(name = "scope3_assurance", nullable = false, length = 16))
    @AttributeOverride(name = "verifier", column = @Column(name = "scope3_verifier", length = VERIFIER_MAX))
    @AttributeOverride(name = "standard", column = @Column(name = "scope3_standard", length = STANDARD_MAX))
    private VerificationLine scope3Verification;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewer", length = 254)
    private String reviewer;

    @Column(name = "review_comment", length = REVIEW_COMMENT_MAX)
    private String reviewComment;

    /** {@link #totalEmissions()} as accepted: what the alliance's sums add up (read-only once set). */
    @Column(name = "total_tonnes", precision = 16, scale = 3)
    private Emissions acceptedTotal;

    /** The total with location-based scope 2, as accepted (V12): for pledges stated location-based. */
    @Column(name = "total_location_tonnes", precision = 16, scale = 3)
    private Emissions acceptedLocationBasedTotal;

    /** The scope 3 categories left "not evaluated", as accepted (V12). */
    @Convert(converter = Scope3CategoriesMaskConverter.class)
    @Column(name = "not_evaluated_scope3_mask")
    private Set<Scope3Category> acceptedNotEvaluated;

    /** What the last return asked to revise, field by field (kept until the next decision). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "progress_filing_review_note", joinColumns = @JoinColumn(name = "filing_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "field", length = 32)
    @Column(name = "note", nullable = false, length = REVIEW_NOTE_MAX)
    private Map<FilingField, String> reviewNotes = new EnumMap<>(FilingField.class);

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ProgressFiling() {
        // for JPA
    }

    private ProgressFiling(long companyId, Year reportingYear, int revision, FilingWorkflow workflow) {
        this.companyId = companyId;
        this.reportingYear = Objects.requireNonNull(reportingYear, "reportingYear");
        this.revision = revision;
        keep(workflow);
        scope1Verification = new VerificationLine(Verification.unverified(Scope.SCOPE_1));
        scope2Verification = new VerificationLine(Verification.unverified(Scope.SCOPE_2));
        scope3Verification = new VerificationLine(Verification.unverified(Scope.SCOPE_3));
    }

    /** The first, empty draft of a company's filing for the year. */
    public static ProgressFiling start(long companyId, Year reportingYear) {
        return new ProgressFiling(companyId, reportingYear, 1, new FilingWorkflow());
    }

    /**
     * An accepted filing from the alliance's records of an earlier year, moved through the same
     * workflow (submitted and accepted at once, by the secretariat user who imports it). A
     * verified inventory counts as limited assurance of scopes 1 and 2 (the records do not say
     * which level; limited is the lesser claim); scope 3 stays unverified.
     */
    public static ProgressFiling imported(long companyId, HistoryEntry entry, String importedBy, Instant now) {
        ProgressFiling filing = new ProgressFiling(companyId, entry.year(), 1, new FilingWorkflow());
        filing.imported = true;
        filing.scope1 = entry.scope1();
        filing.scope2LocationBased = entry.scope2LocationBased();
        filing.scope2MarketBased = entry.scope2MarketBased();
        filing.importedScope3Total = entry.scope3();
        if (entry.verified()) {
            filing.scope1Verification = new VerificationLine(new Verification(Scope.SCOPE_1, AssuranceLevel.LIMITED,
                    VERIFIER_NOT_RECORDED, null));
            filing.scope2Verification = new VerificationLine(new Verification(Scope.SCOPE_2, AssuranceLevel.LIMITED,
                    VERIFIER_NOT_RECORDED, null));
        }
        filing.submit(now);
        filing.accept(importedBy, null);
        return filing;
    }

    /**
     * The next revision of this accepted filing, as a draft holding its figures, so the member
     * changes only what was wrong. This filing stays as it is until the correction is accepted.
     */
    public ProgressFiling startCorrection() {
        ProgressFiling correction = new ProgressFiling(companyId, reportingYear, revision + 1,
                workflow().startCorrection());
        correction.revise(draft());
        return correction;
    }

    /** Replaces the content with the draft; only while the member may edit the filing. */
    public void revise(FilingDraft draft) {
        requireEditableByMember();
        // Convert everything before changing anything: a refused figure leaves the filing as it was.
        Map<Scope3Category, Scope3Entry> newScope3 = new EnumMap<>(Scope3Category.class);
        draft.scope3().forEach((category, figure) -> newScope3.put(category, figure.toEntry(category)));
        Map<Scope, VerificationLine> newVerification = new EnumMap<>(Scope.class);
        for (Scope scope : Scope.values()) {
            FilingDraft.Assurance assurance = draft.verification().get(scope);
            newVerification.put(scope, new VerificationLine(assurance == null
                    ? Verification.unverified(scope) : assurance.toVerification(scope)));
        }
        Emissions newScope1 = emissions(draft.scope1());
        Emissions newScope2LocationBased = emissions(draft.scope2LocationBased());
        Emissions newScope2MarketBased = emissions(draft.scope2MarketBased());
        Percentage newRenewableShare = draft.renewableSharePercent() == null ? null
                : Percentage.of(draft.renewableSharePercent());
        BigDecimal newEnergy = draft.energyMwh();
        if (newEnergy != null && newEnergy.signum() < 0) {
            throw new DomainRuleViolation("filing.energy.negative", newEnergy);
        }
        requireActivity(draft);

        scope1 = newScope1;
        scope2LocationBased = newScope2LocationBased;
        scope2MarketBased = newScope2MarketBased;
        reviseScope3(newScope3);
        energyMwh = newEnergy;
        renewableShare = newRenewableShare;
        reductionActions = draft.reductionActions() == null || draft.reductionActions().isBlank()
                ? null : draft.reductionActions().strip();
        scope1Verification = newVerification.get(Scope.SCOPE_1);
        scope2Verification = newVerification.get(Scope.SCOPE_2);
        scope3Verification = newVerification.get(Scope.SCOPE_3);
        productionOutput = draft.productionOutput();
        productionUnit = draft.productionUnit();
        netRevenueMillionNtd = draft.netRevenueMillionNtd();
    }

    /**
     * Activity figures above zero (an intensity cannot divide by zero or less), and production
     * output only with its unit, nor a unit without output: the unit decides which target it measures.
     */
    private static void requireActivity(FilingDraft draft) {
        if (draft.productionOutput() != null && draft.productionOutput().signum() <= 0) {
            throw new FieldRuleViolation("productionOutput", "filing.productionOutput.notPositive");
        }
        if (draft.netRevenueMillionNtd() != null && draft.netRevenueMillionNtd().signum() <= 0) {
            throw new FieldRuleViolation("netRevenueMillionNtd", "filing.netRevenue.notPositive");
        }
        if (draft.productionOutput() != null && draft.productionUnit() == null) {
            throw new FieldRuleViolation("productionUnit", "filing.productionUnit.required");
        }
        if (draft.productionOutput() == null && draft.productionUnit() != null) {
            throw new FieldRuleViolation("productionOutput", "filing.productionOutput.required");
        }
    }

    /**
     * Changes the lines in place: a category keeps its row, so a save never deletes and inserts
     * the same category in one flush (EclipseLink writes inserts before deletes).
     */
    private void reviseScope3(Map<Scope3Category, Scope3Entry> entries) {
        List.copyOf(scope3.keySet()).stream()
                .filter(category -> !entries.containsKey(category))
                .forEach(scope3::remove);
        entries.forEach((category, entry) -> {
            Scope3Line line = scope3.get(category);
            if (line == null) {
                scope3.put(category, new Scope3Line(this, entry));
            } else {
                line.record(entry);
            }
        });
    }

    /** The content as a draft: to fill an edit form, or to start a correction from. */
    public FilingDraft draft() {
        Map<Scope3Category, FilingDraft.Scope3Figure> figures = new EnumMap<>(Scope3Category.class);
        scope3().forEach(entry -> figures.put(entry.category(),
                new FilingDraft.Scope3Figure(entry.status(), tonnes(entry.emissions()), entry.reason())));
        Map<Scope, FilingDraft.Assurance> assurances = new EnumMap<>(Scope.class);
        verifications().forEach(verified -> assurances.put(verified.scope(),
                new FilingDraft.Assurance(verified.level(), verified.verifier(), verified.standard())));
        return new FilingDraft(tonnes(scope1), tonnes(scope2LocationBased), tonnes(scope2MarketBased), figures,
                energyMwh, renewableShare == null ? null : renewableShare.value(), reductionActions, assurances,
                productionOutput, productionUnit, netRevenueMillionNtd);
    }

    /** Refuses with {@code filing.notEditable} unless the member may still change the filing. */
    public void requireEditableByMember() {
        workflow().requireEditableByMember();
    }

    /**
     * Every figure is there: scope 1, scope 2 both ways, energy, renewable share and all 15 scope 3
     * categories; for an imported filing, the figures its records hold.
     */
    public boolean isComplete() {
        if (imported) {
            return scope1 != null && scope2LocationBased != null && scope2MarketBased != null
                    && importedScope3Total != null;
        }
        return scope1 != null && scope2LocationBased != null && scope2MarketBased != null && energyMwh != null
                && renewableShare != null && scope3.keySet().containsAll(Arrays.asList(Scope3Category.values()));
    }

    /** Submits a complete filing for review; refuses an incomplete one with {@code filing.incomplete}. */
    public void submit(Instant now) {
        if (!isComplete()) {
            throw new DomainRuleViolation("filing.incomplete");
        }
        move(workflow -> workflow.submit(now));
    }

    public void accept(String reviewerName, String comment) {
        move(workflow -> workflow.accept(reviewerName, comment));
        reviewNotes.clear();
        FilingTotals totals = totals();
        acceptedTotal = totals.marketBased();
        acceptedLocationBasedTotal = totals.locationBased();
        acceptedNotEvaluated = totals.notEvaluated();
    }

    public void returnForRevision(String reviewerName, String comment) {
        returnForRevision(reviewerName, comment, Map.of());
    }

    /**
     * Returns the filing with a general comment and/or notes on single fields; at least one of
     * them must say what to revise. Blank notes are dropped; an over-long note is refused at
     * its field ({@code filing.reviewNote.size}).
     */
    public void returnForRevision(String reviewerName, String comment, Map<FilingField, String> notes) {
        Map<FilingField, String> kept = new EnumMap<>(FilingField.class);
        notes.forEach((field, note) -> {
            if (note != null && !note.isBlank()) {
                if (note.strip().length() > REVIEW_NOTE_MAX) {
                    throw new FieldRuleViolation("note-" + field, "filing.reviewNote.size", REVIEW_NOTE_MAX);
                }
                kept.put(field, note.strip());
            }
        });
        move(workflow -> workflow.returnForRevision(reviewerName, comment, !kept.isEmpty()));
        reviewNotes.clear();
        reviewNotes.putAll(kept);
    }

    /** Marks this accepted filing as replaced by its accepted correction; it stays on record. */
    public void supersede() {
        if (status != FilingStatus.ACCEPTED || superseded) {
            throw new DomainRuleViolation("filing.workflow.illegalMove", "supersede", status);
        }
        superseded = true;
    }

    /**
     * Scope 1 + market-based scope 2 + reported scope 3, in tCO2e: what the on-track verdict
     * compares with the pathway. Market-based, because it reflects the renewable electricity a
     * company buys, which is how members act on scope 2. Refused while the filing is incomplete.
     */
    public Emissions totalEmissions() {
        if (!isComplete()) {
            throw new DomainRuleViolation("filing.incomplete");
        }
        return scope1.add(scope2MarketBased).add(scope3Total());
    }

    /**
     * Both totals and the categories not evaluated, from the figures as they are now: what a
     * pledge's progress is judged with like for like. Refused while the filing is incomplete.
     */
    public FilingTotals totals() {
        Emissions scope3 = scope3Total();
        Set<Scope3Category> notEvaluated = scope3().stream()
                .filter(entry -> entry.status() == Scope3EntryStatus.NOT_EVALUATED)
                .map(Scope3Entry::category)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope3Category.class)));
        return new FilingTotals(totalEmissions(), scope1.add(scope2LocationBased).add(scope3), notEvaluated);
    }

    /** Scope 3 in tCO2e: the sum of the reported categories, or the total an imported filing holds. */
    public Emissions scope3Total() {
        return imported ? importedScope3Total
                : scope3().stream().map(Scope3Entry::emissionsOrZero).reduce(Emissions.ZERO, Emissions::add);
    }

    /** Came from the history import: accepted as imported, scope 3 as a total only. */
    public boolean isImported() {
        return imported;
    }

    private FilingWorkflow workflow() {
        return FilingWorkflow.restore(status, submittedAt, reviewer, reviewComment, isCorrection());
    }

    private void move(Consumer<FilingWorkflow> verb) {
        FilingWorkflow workflow = workflow();
        verb.accept(workflow);
        keep(workflow);
    }

    private void keep(FilingWorkflow workflow) {
        status = workflow.status();
        submittedAt = workflow.submittedAt();
        reviewer = workflow.reviewer();
        reviewComment = workflow.reviewComment();
    }

    private static Emissions emissions(BigDecimal tonnes) {
        return tonnes == null ? null : Emissions.of(tonnes);
    }

    private static BigDecimal tonnes(Emissions emissions) {
        return emissions == null ? null : emissions.tonnes();
    }

    public Long id() {
        return id;
    }

    public Long companyId() {
        return companyId;
    }

    public Year reportingYear() {
        return reportingYear;
    }

    public int revision() {
        return revision;
    }

    /** Whether this filing corrects an accepted one of the same year (revision 2 onwards). */
    public boolean isCorrection() {
        return revision > 1;
    }

    public FilingStatus status() {
        return status;
    }

    public boolean isSuperseded() {
        return superseded;
    }

    public Emissions scope1() {
        return scope1;
    }

    public Emissions scope2LocationBased() {
        return scope2LocationBased;
    }

    public Emissions scope2MarketBased() {
        return scope2MarketBased;
    }

    /** The scope 3 categories filled in so far, in GHG Protocol order. */
    public List<Scope3Entry> scope3() {
        return scope3.values().stream().map(Scope3Line::toEntry)
                .sorted(Comparator.comparing(Scope3Entry::category)).toList();
    }

    public BigDecimal energyMwh() {
        return energyMwh;
    }

    public Percentage renewableShare() {
        return renewableShare;
    }

    public String reductionActions() {
        return reductionActions;
    }

    /** Production output in {@link #productionUnit()}; null when not filed. */
    public BigDecimal productionOutput() {
        return productionOutput;
    }

    public String productionUnit() {
        return productionUnit;
    }

    /** Net revenue in million NTD; null when not filed. */
    public BigDecimal netRevenueMillionNtd() {
        return netRevenueMillionNtd;
    }

    /** Scope 1, 2 and 3 in this order. */
    public List<Verification> verifications() {
        return Arrays.stream(Scope.values()).map(this::verification).toList();
    }

    public Verification verification(Scope scope) {
        VerificationLine line = switch (scope) {
            case SCOPE_1 -> scope1Verification;
            case SCOPE_2 -> scope2Verification;
            case SCOPE_3 -> scope3Verification;
        };
        return line.toVerification(scope);
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String reviewer() {
        return reviewer;
    }

    public String reviewComment() {
        return reviewComment;
    }

    /** The last return's notes by field, in the fields' order. */
    public Map<FilingField, String> reviewNotes() {
        return new TreeMap<>(reviewNotes);
    }

    public long version() {
        return version;
    }

    /**
     * Private until accepted (decision 0024): the directory, the profiles, the open-data API and the
     * alliance's public figures read accepted filings only; a draft, submitted or returned filing is
     * between the member and the secretariat. Accepting, and superseding an accepted filing, are
     * public changes; nothing moves a filing out of ACCEPTED.
     */
    @Override
    public boolean isPrivate() {
        return status != FilingStatus.ACCEPTED;
    }
}
