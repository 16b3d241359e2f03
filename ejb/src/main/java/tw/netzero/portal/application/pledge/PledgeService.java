package tw.netzero.portal.application.pledge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.application.ChecksConcurrentChanges;
import tw.netzero.portal.application.account.CallerAccess;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.application.company.CompanyDetails;
import tw.netzero.portal.application.filing.EvidenceCheck;
import tw.netzero.portal.application.filing.EvidenceDownload;
import tw.netzero.portal.application.filing.EvidenceStorage;
import tw.netzero.portal.application.review.DecisionNotices;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.audit.AuditEntry;
import tw.netzero.portal.domain.model.audit.AuditTrail;
import tw.netzero.portal.domain.model.company.CompanyRepository;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.evidence.EvidenceType;
import tw.netzero.portal.domain.model.evidence.StoredFile;
import tw.netzero.portal.domain.model.pledge.BaseYearRestatement;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.PledgeCommand;
import tw.netzero.portal.domain.model.pledge.PledgeDraft;
import tw.netzero.portal.domain.model.pledge.PledgeRepository;
import tw.netzero.portal.domain.model.pledge.PledgeStatus;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;
import tw.netzero.portal.domain.model.pledge.PreCheck;
import tw.netzero.portal.domain.model.pledge.PreCheckResult;
import tw.netzero.portal.domain.model.pledge.RestatementCommand;
import tw.netzero.portal.domain.model.pledge.RestatementEntry;
import tw.netzero.portal.domain.model.pledge.RestatementEvidence;
import tw.netzero.portal.domain.model.pledge.RestatementLedger;
import tw.netzero.portal.domain.model.pledge.RestatementReason;
import tw.netzero.portal.domain.model.pledge.TargetCommand;
import tw.netzero.portal.domain.model.pledge.TargetReview;
import tw.netzero.portal.domain.model.shared.ConcurrentChange;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.RecordNotFound;

/**
 * Pledges: members draft, save and submit versions of their own company's pledge; the
 * secretariat takes them into review and decides. Every move is audited.
 */
@Stateless
@ChecksConcurrentChanges
public class PledgeService {

    /** The moves a version's timeline shows (saves of a draft are left out: they are the member's own work). */
    private static final Set<AuditAction> TIMELINE = EnumSet.of(AuditAction.PLEDGE_SUBMITTED, AuditAction.PLEDGE_TAKEN,
            AuditAction.PLEDGE_APPROVED, AuditAction.PLEDGE_RETURNED, AuditAction.PLEDGE_REJECTED);

    /** The moves whose audit details are the reviewer's comment to the member. */
    private static final Set<AuditAction> DECISIONS = EnumSet.of(AuditAction.PLEDGE_APPROVED,
            AuditAction.PLEDGE_RETURNED, AuditAction.PLEDGE_REJECTED);

    /** Where decision mails send the member: the read-only page of its own pledge (issue 20, feature 1). */
    static final String MY_PLEDGE_PAGE = "/member/my-pledge.xhtml";

    @Inject
    private PledgeRepository pledges;

    @Inject
    private Clock clock;

    @EJB
    private CallerAccess access;

    @EJB
    private AuditLog audit;

    @Inject
    private DecisionNotices notices;

    @Inject
    private EvidenceStorage storage;

    @Inject
    private EvidenceCheck evidenceCheck;

    @Inject
    private CompanyRepository companies;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private PortalSettings settings;

    /** The caller's own company's pledge. */
    @RolesAllowed(Roles.MEMBER)
    public PledgeOverview ownPledge() {
        return overview(access.requireOwnCompany());
    }

    /** A company's pledge, for its users or the secretariat. */
    @RolesAllowed({Roles.MEMBER, Roles.REVIEWER})
    public PledgeOverview pledgeOf(long companyId) {
        access.requireCompany(companyId);
        return overview(companyId);
    }

    /**
     * The version the caller's company is working on: the open draft or returned version, or a
     * new one (empty, or a revision of the version in force). Refused while one is in review.
     */
    @RolesAllowed(Roles.MEMBER)
    public PledgeVersion openDraft() {
        long companyId = access.requireOwnCompany();
        List<PledgeVersion> versions = pledges.ofCompany(companyId);
        PledgeVersion open = versions.stream().filter(PledgeVersion::isOpen).findFirst().orElse(null);
        if (open != null) {
            if (!open.isEditableByMember()) {
                throw new DomainRuleViolation("pledge.inReview", open.number());
            }
            return open;
        }
        PledgeVersion created = versions.isEmpty()
                ? PledgeVersion.first(companyId, clock.instant())
                : versions.get(0).revise(clock.instant());
        pledges.add(created);
        audit.record(AuditAction.PLEDGE_CREATED, "pledge", created.id(), "version " + created.number());
        return created;
    }

    /** Saves a draft (complete or not). {@code expectedVersion}: what the editor loaded. */
    @RolesAllowed(Roles.MEMBER)
    public PledgeVersion saveDraft(long versionId, @NotNull @Valid PledgeDraft content, long expectedVersion) {
        PledgeVersion version = ownVersion(versionId, expectedVersion);
        content.requireConsistent(DueDates.today(clock));
        version.edit(content);
        audit.record(AuditAction.PLEDGE_UPDATED, "pledge", versionId, "version " + version.number());
        return version;
    }

    /**
     * Saves the wizard's draft: the pledge's terms as typed with the targets it lists (each added,
     * edited or removed one by one). Input out of range or a rule broken is refused at its field and
     * nothing is saved; so is a stale {@code expectedVersion} ("concurrentChange").
     */
    @RolesAllowed(Roles.MEMBER)
    public PledgeVersion saveDraft(long versionId, @NotNull @Valid PledgeCommand pledge,
                                   @NotNull List<@NotNull @Valid TargetCommand> targets, long expectedVersion) {
        return saveDraft(versionId, pledge.toDraft(targets), expectedVersion);
    }

    /** Submits the version as it is stored; it must form complete, valid terms. */
    @RolesAllowed(Roles.MEMBER)
    public PledgeVersion submit(long versionId, long expectedVersion) {
        PledgeVersion version = ownVersion(versionId, expectedVersion);
        version.submit(clock.instant(), DueDates.today(clock));
        audit.record(AuditAction.PLEDGE_SUBMITTED, "pledge", versionId, "version " + version.number());
        return version;
    }

    /** The pre-check of a stored version, as of its submission (or today for drafts). */
    @RolesAllowed({Roles.MEMBER, Roles.REVIEWER})
    public PreCheckResult preCheck(long versionId) {
        PledgeVersion version = load(versionId);
        access.requireCompanyOfRecord(version.companyId());
        return preCheckOf(version);
    }

    private PreCheckResult preCheckOf(PledgeVersion version) {
        LocalDate asOf = version.submittedAt() == null ? DueDates.today(clock)
                : LocalDate.ofInstant(version.submittedAt(), clock.getZone());
        return new PreCheck().check(version.content().toTerms(asOf), asOf);
    }

    /**
     * The caller's own company's pledge, read only (issue 20, feature 1): every version ever
     * submitted, newest first, with its pre-check, pathway and status timeline (from the audit trail:
     * submitted, taken, approved, returned, rejected, with the reviewers' comments).
     */
    @RolesAllowed(Roles.MEMBER)
    public PledgeHistory ownPledgeHistory() {
        long companyId = access.requireOwnCompany();
        List<PledgeVersion> all = pledges.ofCompany(companyId);
        PledgeOverview overview = PledgeOverview.of(all, pledges.restatementsOf(companyId));
        List<PledgeVersion> submitted = all.stream().filter(v -> v.submittedAt() != null).toList();
        Map<String, List<PledgeHistory.StatusStep>> steps = new HashMap<>();
        for (AuditEntry entry : auditTrail.about("pledge", submitted.stream().map(v -> String.valueOf(v.id())).toList())) {
            if (TIMELINE.contains(entry.action())) {
                steps.computeIfAbsent(entry.targetId(), id -> new ArrayList<>()).add(new PledgeHistory.StatusStep(
                        entry.occurredAt(), entry.action(), DECISIONS.contains(entry.action()) ? entry.details() : null));
            }
        }
        List<PledgeHistory.VersionHistory> versions = submitted.stream().map(version -> {
            Optional<PledgeTerms> terms = version.terms();
            return new PledgeHistory.VersionHistory(PledgeVersionDetails.of(version),
                    overview.inForce() != null && overview.inForce().id() == version.id(),
                    terms.isPresent() ? preCheckOf(version) : null, terms.map(Pathway::of).orElse(null),
                    timelineOf(version, steps.getOrDefault(String.valueOf(version.id()), List.of())));
        }).toList();
        return new PledgeHistory(overview, versions);
    }

    /**
     * When the targets of an approved version fall due for review (SBTi: at least every five
     * years from the approval), as of today in the alliance's time zone; empty for a version not
     * approved.
     */
    @RolesAllowed({Roles.MEMBER, Roles.REVIEWER})
    public Optional<TargetReview> targetReview(long versionId) {
        PledgeVersion version = load(versionId);
        access.requireCompany(version.companyId());
        return version.targetReview(DueDates.today(clock), DueDates.ALLIANCE_ZONE);
    }

    /** The live pre-check of what a member has typed so far (nothing is stored). */
    @RolesAllowed(Roles.MEMBER)
    public DraftCheck check(@NotNull PledgeDraft draft) {
        LocalDate today = DueDates.today(clock);
        try {
            PledgeTerms terms = draft.toTerms(today);
            return new DraftCheck(new PreCheck().check(terms, today), Pathway.of(terms), null, List.of());
        } catch (DomainRuleViolation notYet) {
            return new DraftCheck(null, null, notYet.messageKey(), notYet.arguments());
        }
    }

    /** The live pre-check of the wizard's terms as typed with its targets (nothing is stored). */
    @RolesAllowed(Roles.MEMBER)
    public DraftCheck check(@NotNull PledgeCommand pledge, @NotNull List<@NotNull TargetCommand> targets) {
        try {
            return check(pledge.toDraft(targets));
        } catch (DomainRuleViolation notYet) {
            return new DraftCheck(null, null, notYet.messageKey(), notYet.arguments());
        }
    }

    /** One version, for its company's users or the secretariat. */
    @RolesAllowed({Roles.MEMBER, Roles.REVIEWER})
    public PledgeVersionDetails version(long versionId) {
        PledgeVersion version = load(versionId);
        access.requireCompanyOfRecord(version.companyId());
        return PledgeVersionDetails.of(version);
    }

    /** Submitted and in-review versions, oldest first. */
    @RolesAllowed(Roles.REVIEWER)
    public List<PledgeVersion> reviewQueue() {
        return pledges.inStatus(Set.of(PledgeStatus.SUBMITTED, PledgeStatus.UNDER_REVIEW));
    }

    @RolesAllowed(Roles.REVIEWER)
    public PledgeVersion take(long versionId) {
        return review(versionId, AuditAction.PLEDGE_TAKEN, null, PledgeVersion::take);
    }

    @RolesAllowed(Roles.REVIEWER)
    public PledgeVersion approve(long versionId, String comment) {
        return review(versionId, AuditAction.PLEDGE_APPROVED, comment, (version, reviewer) -> version.approve(reviewer, comment, clock.instant()));
    }

    @RolesAllowed(Roles.REVIEWER)
    public PledgeVersion returnForRevision(long versionId, String comment) {
        return review(versionId, AuditAction.PLEDGE_RETURNED, comment,
                (version, reviewer) -> version.returnForRevision(reviewer, comment));
    }

    @RolesAllowed(Roles.REVIEWER)
    public PledgeVersion reject(long versionId, String comment) {
        return review(versionId, AuditAction.PLEDGE_REJECTED, comment, (version, reviewer) -> version.reject(reviewer, comment));
    }

    /** A reviewer's move on a version, made in their name and audited. */
    private PledgeVersion review(long versionId, AuditAction action, String comment,
                                 BiConsumer<PledgeVersion, String> move) {
        PledgeVersion version = load(versionId);
        move.accept(version, access.current().email());
        audit.record(action, "pledge", versionId, comment);
        if (action != AuditAction.PLEDGE_TAKEN) {
            notices.decided(version.companyId(), action, version.number(), comment, MY_PLEDGE_PAGE);
        }
        return version;
    }

    /**
     * Submits a recalculation of the base-year total of the pledge in force (structural change,
     * method change or a discovered error), starting from the current ACCEPTED total, for the
     * secretariat's review (issue 20, defect 14; decision 0033). Nothing public changes until it is
     * accepted. Refused while another waits; a change of more than 50 % needs at least one evidence
     * file ({@link BaseYearRestatement#requireEvidence}). The files are checked and stored in this
     * transaction: if anything is refused, nothing is stored.
     */
    @RolesAllowed(Roles.MEMBER)
    public PledgeOverview restateBaseYear(@NotNull @Valid RestatementCommand restated,
                                          @NotNull List<@NotNull EvidenceUpload> evidence) {
        RestatementReason reason = restated.reason();
        long companyId = access.requireOwnCompany();
        PledgeOverview overview = overview(companyId);
        RestatementLedger ledger = overview.ledger()
                .orElseThrow(() -> new DomainRuleViolation("restatement.noPledgeInForce"));
        if (overview.waitingRestatement().isPresent()) {
            throw new DomainRuleViolation("restatement.alreadyWaiting");
        }
        BaseYearRestatement restatement = new BaseYearRestatement(reason, ledger.currentBaseTotal(),
                Emissions.of(restated.newTotal()));
        ledger.record(restatement);
        restatement.requireEvidence(evidence.size());
        RestatementEntry entry = new RestatementEntry(companyId, restatement, restated.explanation(), access.current().email(),
                clock.instant());
        pledges.add(entry);
        List<EvidenceType> types = evidence.stream()
                .map(file -> evidenceCheck.check(file.originalName(), file.content(), settings.evidenceMaxBytes())).toList();
        for (int i = 0; i < evidence.size(); i++) {
            EvidenceUpload file = evidence.get(i);
            pledges.add(new RestatementEvidence(entry.id(), new StoredFile(file.originalName(), types.get(i),
                    file.content(), storage.store(file.content()), clock.instant())));
        }
        audit.record(AuditAction.BASE_YEAR_RESTATED, "company", companyId, reason + ": " + restatement.oldTotal()
                + " -> " + restatement.newTotal() + " tCO2e" + (restatement.isImplausible() ? " (over 50 %)" : "")
                + ", " + evidence.size() + " evidence file(s), submitted for review");
        return overview(companyId);
    }

    /** One restatement with its company's pledge and the evidence, for its company's users or the secretariat. */
    @RolesAllowed({Roles.MEMBER, Roles.REVIEWER})
    public RestatementReview restatement(long restatementId) {
        RestatementEntry entry = loadRestatement(restatementId);
        access.requireCompanyOfRecord(entry.companyId());
        return review(entry);
    }

    private RestatementReview review(RestatementEntry entry) {
        MemberCompany company = companies.find(entry.companyId())
                .orElseThrow(() -> new RecordNotFound("company.notFound", entry.companyId()));
        return new RestatementReview(RestatementDetails.of(entry), CompanyDetails.of(company), overview(entry.companyId()),
                pledges.evidenceOf(entry.id()).stream().map(RestatementReview.Evidence::of).toList());
    }

    /** A restatement's evidence file with its bytes, for its company's users and the secretariat. */
    @RolesAllowed({Roles.MEMBER, Roles.REVIEWER})
    public EvidenceDownload restatementEvidence(long evidenceId) {
        RestatementEvidence evidence = pledges.findRestatementEvidence(evidenceId)
                .orElseThrow(() -> new RecordNotFound("evidence.notFound", evidenceId));
        access.requireCompanyOfRecord(loadRestatement(evidence.restatementId()).companyId());
        return storage.download(evidence.file());
    }

    /**
     * Accepts a restatement: it joins the ledger and the public data version is bumped (by the
     * entity listener, because it is no longer private); the company's users get a mail.
     */
    @RolesAllowed(Roles.REVIEWER)
    public RestatementDetails acceptRestatement(long restatementId, String comment) {
        return reviewRestatement(restatementId, AuditAction.RESTATEMENT_ACCEPTED, comment,
                (entry, reviewer) -> entry.accept(reviewer, comment, clock.instant()));
    }

    /** Returns a restatement with a comment (required); nothing public changes. */
    @RolesAllowed(Roles.REVIEWER)
    public RestatementDetails returnRestatement(long restatementId, String comment) {
        return reviewRestatement(restatementId, AuditAction.RESTATEMENT_RETURNED, comment,
                (entry, reviewer) -> entry.returnForRevision(reviewer, comment, clock.instant()));
    }

    private RestatementDetails reviewRestatement(long restatementId, AuditAction action, String comment,
                                                 BiConsumer<RestatementEntry, String> move) {
        RestatementEntry entry = loadRestatement(restatementId);
        move.accept(entry, access.current().email());
        audit.record(action, "company", entry.companyId(), entry.reason() + ": " + entry.oldTotal() + " -> "
                + entry.newTotal() + " tCO2e" + (comment == null || comment.isBlank() ? "" : ": " + comment.strip()));
        notices.decided(entry.companyId(), action, entry.newTotal().tonnes(), comment,
                MY_PLEDGE_PAGE);
        return RestatementDetails.of(entry);
    }

    /**
     * The audited steps of a version; for a version with none (demo data, versions loaded around the
     * portal) what the version itself records: its submission and, when approved, its approval with
     * the reviewer's comment (as V14 dates such approvals).
     */
    private static List<PledgeHistory.StatusStep> timelineOf(PledgeVersion version, List<PledgeHistory.StatusStep> audited) {
        if (!audited.isEmpty()) {
            return List.copyOf(audited);
        }
        List<PledgeHistory.StatusStep> recorded = new ArrayList<>();
        recorded.add(new PledgeHistory.StatusStep(version.submittedAt(), AuditAction.PLEDGE_SUBMITTED, null));
        if (version.status() == PledgeStatus.APPROVED && version.approvedAt() != null) {
            recorded.add(new PledgeHistory.StatusStep(version.approvedAt(), AuditAction.PLEDGE_APPROVED,
                    version.reviewComment()));
        }
        return List.copyOf(recorded);
    }

    private RestatementEntry loadRestatement(long restatementId) {
        return pledges.findRestatement(restatementId)
                .orElseThrow(() -> new RecordNotFound("restatement.notFound", restatementId));
    }

    private PledgeOverview overview(long companyId) {
        return PledgeOverview.of(pledges.ofCompany(companyId), pledges.restatementsOf(companyId));
    }

    private PledgeVersion ownVersion(long versionId, long expectedVersion) {
        PledgeVersion version = load(versionId);
        access.requireMemberOf(version.companyId());
        if (version.version() != expectedVersion) {
            throw new ConcurrentChange();
        }
        return version;
    }

    private PledgeVersion load(long versionId) {
        return pledges.find(versionId).orElseThrow(() -> new RecordNotFound("pledge.notFound", versionId));
    }
}
