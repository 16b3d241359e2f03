package tw.netzero.portal.application.filing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tw.netzero.portal.application.ChecksConcurrentChanges;
import tw.netzero.portal.application.account.CallerAccess;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.application.review.DecisionNotices;
import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.evidence.EvidenceType;
import tw.netzero.portal.domain.model.evidence.StoredFile;
import tw.netzero.portal.domain.model.filing.EvidenceFile;
import tw.netzero.portal.domain.model.filing.FilingDraft;
import tw.netzero.portal.domain.model.filing.FilingField;
import tw.netzero.portal.domain.model.filing.FilingRepository;
import tw.netzero.portal.domain.model.filing.FilingSummary;
import tw.netzero.portal.domain.model.filing.FilingYears;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.shared.ConcurrentChange;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.RecordNotFound;
import tw.netzero.portal.domain.model.cycle.DueDates;

/**
 * Progress filings: members draft, save, submit and correct their company's filings and attach
 * evidence; the secretariat reads and reviews them. Every filing id from a caller is loaded
 * first and its company checked with {@link CallerAccess}.
 */
@Stateless
@ChecksConcurrentChanges
public class FilingService {

    private static final String FILING = "filing";
    /** The member's page of one filing, where a decision's mail leads. */
    private static final String FILING_PAGE = "/member/filing.xhtml?id=";

    @Inject
    private FilingRepository filings;

    @Inject
    private EvidenceStorage storage;

    @Inject
    private EvidenceCheck evidenceCheck;

    @Inject
    private Clock clock;

    @Inject
    private PortalSettings settings;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @EJB
    private CallerAccess access;

    @EJB
    private AuditLog audit;

    @Inject
    private DecisionNotices notices;

    /**
     * Starts the caller's company's filing for the year; refuses a year outside {@link FilingYears}
     * and a second filing for a year with {@code filing.duplicateYear}.
     */
    @RolesAllowed(Roles.MEMBER)
    public FilingDetails startDraft(@NotNull(message = "{filing.reportingYear.required}")
                                    @PastOrPresent(message = "{filing.reportingYear.future}") Year reportingYear) {
        long companyId = access.requireOwnCompany();
        FilingYears.check(reportingYear, DueDates.thisYear(clock));
        if (!filings.ofYear(companyId, reportingYear).isEmpty()) {
            throw duplicateYear(reportingYear);
        }
        return FilingDetails.of(register(ProgressFiling.start(companyId, reportingYear), AuditAction.FILING_STARTED));
    }

    /**
     * Replaces the content of a draft or returned filing. {@code expectedVersion} is the version
     * the member edited: if someone saved in between, the save is refused, not overwritten.
     */
    @RolesAllowed(Roles.MEMBER)
    public ProgressFiling saveDraft(long filingId, @NotNull @Valid FilingDraft draft, long expectedVersion) {
        ProgressFiling filing = readable(filingId);
        revise(filing, draft, expectedVersion);
        return filing;
    }

    /**
     * Saves the figures as the member last edited them and submits them, in one transaction, as the
     * filing page's "Submit" does: a refusal of either step leaves the filing as it was.
     */
    @RolesAllowed(Roles.MEMBER)
    public ProgressFiling saveAndSubmit(long filingId, @NotNull @Valid FilingDraft draft, long expectedVersion) {
        ProgressFiling filing = readable(filingId);
        revise(filing, draft, expectedVersion);
        submit(filing);
        return filing;
    }

    @RolesAllowed(Roles.MEMBER)
    public ProgressFiling submit(long filingId) {
        ProgressFiling filing = readable(filingId);
        submit(filing);
        return filing;
    }

    /**
     * The whole filing of a year in one step, as GHG software sends it (the member filing API):
     * starts the company's filing for the year unless it has one, saves the figures and submits
     * them, in one transaction, with the rules and audit entries of the pages' start, save and
     * submit. The company is named by its UBN and must be the caller's own. {@code expectedVersion}
     * is the version the sender last saw; null when it has not seen the filing.
     */
    @RolesAllowed(Roles.MEMBER)
    public ProgressFiling submitFiling(@NotNull Ubn company,
                                       @NotNull(message = "{filing.reportingYear.required}")
                                       @PastOrPresent(message = "{filing.reportingYear.future}") Year reportingYear,
                                       @NotNull @Valid FilingDraft draft, Long expectedVersion) {
        long companyId = access.requireOwnCompany(company);
        FilingYears.check(reportingYear, DueDates.thisYear(clock));
        List<ProgressFiling> ofYear = filings.ofYear(companyId, reportingYear);
        ProgressFiling filing = ofYear.isEmpty()
                ? register(ProgressFiling.start(companyId, reportingYear), AuditAction.FILING_STARTED)
                : ofYear.get(0);
        revise(filing, draft, expectedVersion == null ? filing.version() : expectedVersion);
        submit(filing);
        return filing;
    }

    /**
     * The company's latest filing of a year in any state (the member filing API's GET), empty when it
     * has none. The company is named by its UBN and must be the caller's own.
     */
    @RolesAllowed(Roles.MEMBER)
    public Optional<FilingDetails> ownFilingOf(@NotNull Ubn company, @NotNull Year reportingYear) {
        long companyId = access.requireOwnCompany(company);
        return filings.ofYear(companyId, reportingYear).stream().findFirst().map(FilingDetails::of);
    }

    /** A new draft correcting an accepted filing, which stays as it is until the correction is accepted. */
    @RolesAllowed(Roles.MEMBER)
    public FilingDetails startCorrection(long acceptedFilingId) {
        ProgressFiling accepted = readable(acceptedFilingId);
        // Only the latest revision is corrected: one open filing per company and year.
        if (!filings.ofYear(accepted.companyId(), accepted.reportingYear()).get(0).id().equals(accepted.id())) {
            throw duplicateYear(accepted.reportingYear());
        }
        return FilingDetails.of(register(accepted.startCorrection(), AuditAction.FILING_CORRECTION_STARTED));
    }

    /**
     * Attaches a file to a filing the member may still edit. The content is checked (type by
     * its bytes, size, name), then stored under a generated name in this transaction: if it does
     * not commit, nothing is stored.
     */
    @RolesAllowed(Roles.MEMBER)
    public EvidenceFile attachEvidence(long filingId,
                                       @NotBlank(message = "{evidence.name.required}")
                                       @Size(max = StoredFile.ORIGINAL_NAME_MAX, message = "{evidence.name.size}")
                                       String originalName,
                                       @NotNull(message = "{evidence.content.required}") byte[] content) {
        ProgressFiling filing = readable(filingId);
        filing.requireEditableByMember();
        EvidenceType type = evidenceCheck.check(originalName, content, settings.evidenceMaxBytes());
        StoredFile file = new StoredFile(originalName, type, content, storage.store(content), clock.instant());
        EvidenceFile evidence = new EvidenceFile(filingId, file, access.current().email());
        filings.add(evidence);
        audit.record(AuditAction.EVIDENCE_ATTACHED, FILING, filingId,
                file.originalName() + " (" + type + ", " + content.length + " bytes, sha256 " + file.sha256() + ")");
        return evidence;
    }

    /** An evidence file with its bytes, for the owning company's users and the secretariat. */
    @RolesAllowed({Roles.MEMBER, Roles.REVIEWER})
    public EvidenceDownload evidence(long evidenceId) {
        EvidenceFile evidence = filings.findEvidence(evidenceId)
                .orElseThrow(() -> new RecordNotFound("evidence.notFound", evidenceId));
        readable(evidence.filingId());
        return storage.download(evidence.file());
    }

    @RolesAllowed({Roles.MEMBER, Roles.REVIEWER})
    public List<EvidenceDetails> evidenceOf(long filingId) {
        readable(filingId);
        return filings.evidenceOf(filingId).stream().map(EvidenceDetails::of).toList();
    }

    @RolesAllowed({Roles.MEMBER, Roles.REVIEWER})
    public FilingDetails filing(long filingId) {
        return FilingDetails.of(readable(filingId));
    }

    @RolesAllowed(Roles.MEMBER)
    public List<FilingSummary> ownFilings() {
        return filings.summariesOf(access.requireOwnCompany());
    }

    @RolesAllowed({Roles.MEMBER, Roles.REVIEWER})
    public List<FilingSummary> filingsOf(long companyId) {
        access.requireCompany(companyId);
        return filings.summariesOf(companyId);
    }

    /** Accepts a submitted filing; an accepted correction supersedes the revision before it. */
    @RolesAllowed(Roles.REVIEWER)
    public ProgressFiling accept(long filingId,
                                 @Size(max = ProgressFiling.REVIEW_COMMENT_MAX, message = "{filing.reviewComment.size}")
                                 String comment) {
        ProgressFiling filing = load(filingId);
        filing.accept(access.current().email(), comment);
        audit.record(AuditAction.FILING_ACCEPTED, FILING, filingId, describe(filing));
        notices.decided(filing.companyId(), AuditAction.FILING_ACCEPTED, filing.reportingYear(), comment,
                FILING_PAGE + filing.id());
        if (filing.isCorrection()) {
            ProgressFiling corrected = filings.ofYear(filing.companyId(), filing.reportingYear()).stream()
                    .filter(earlier -> earlier.revision() == filing.revision() - 1)
                    .findFirst().orElseThrow();
            corrected.supersede();
            audit.record(AuditAction.FILING_SUPERSEDED, FILING, corrected.id(),
                    describe(corrected) + ", by filing " + filingId);
        }
        return filing;
    }

    /** Returns a submitted filing to the member; the comment saying what to revise is mandatory. */
    @RolesAllowed(Roles.REVIEWER)
    public ProgressFiling returnForRevision(long filingId,
                                            @Size(max = ProgressFiling.REVIEW_COMMENT_MAX,
                                                    message = "{filing.reviewComment.size}") String comment) {
        return returnForRevision(filingId, comment, Map.of());
    }

    /**
     * Returns a submitted filing with a general comment and/or notes on single fields; at least
     * one of them must say what to revise. The member sees each note beside its field.
     */
    @RolesAllowed(Roles.REVIEWER)
    public ProgressFiling returnForRevision(long filingId,
                                            @Size(max = ProgressFiling.REVIEW_COMMENT_MAX,
                                                    message = "{filing.reviewComment.size}") String comment,
                                            @NotNull Map<FilingField, String> notes) {
        ProgressFiling filing = load(filingId);
        filing.returnForRevision(access.current().email(), comment, notes);
        audit.record(AuditAction.FILING_RETURNED, FILING, filingId, describe(filing)
                + (filing.reviewNotes().isEmpty() ? "" : ", notes on " + filing.reviewNotes().keySet()));
        notices.decided(filing.companyId(), AuditAction.FILING_RETURNED, filing.reportingYear(), comment,
                FILING_PAGE + filing.id());
        return filing;
    }

    /** Loads a filing and checks that the caller belongs to its company or is secretariat staff. */
    private ProgressFiling readable(long filingId) {
        ProgressFiling filing = load(filingId);
        access.requireCompanyOfRecord(filing.companyId());
        return filing;
    }

    private void revise(ProgressFiling filing, FilingDraft draft, long expectedVersion) {
        if (filing.version() != expectedVersion) {
            throw new ConcurrentChange();
        }
        filing.revise(draft);
        filings.markRevised(filing);
        audit.record(AuditAction.FILING_SAVED, FILING, filing.id(), describe(filing));
    }

    private void submit(ProgressFiling filing) {
        filing.submit(clock.instant());
        audit.record(AuditAction.FILING_SUBMITTED, FILING, filing.id(), describe(filing));
    }

    private ProgressFiling load(long filingId) {
        return filings.find(filingId).orElseThrow(() -> new RecordNotFound("filing.notFound", filingId));
    }

    private ProgressFiling register(ProgressFiling filing, AuditAction action) {
        filings.add(filing);
        try {
            // Flush now so that a concurrent start for the same year, caught only by the unique
            // key (company, year, revision), surfaces here as the same clear error.
            entityManager.flush();
        } catch (PersistenceException raceLost) {
            throw duplicateYear(filing.reportingYear());
        }
        audit.record(action, FILING, filing.id(), describe(filing));
        return filing;
    }


    private static DomainRuleViolation duplicateYear(Year reportingYear) {
        return new DomainRuleViolation("filing.duplicateYear", reportingYear.getValue());
    }

    private static String describe(ProgressFiling filing) {
        return "company " + filing.companyId() + ", " + filing.reportingYear() + " revision " + filing.revision()
                + ", " + filing.status();
    }
}
