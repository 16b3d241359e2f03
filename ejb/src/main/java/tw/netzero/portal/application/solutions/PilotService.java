package tw.netzero.portal.application.solutions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import tw.netzero.portal.application.ChecksConcurrentChanges;
import tw.netzero.portal.application.account.Caller;
import tw.netzero.portal.application.account.CallerAccess;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.application.mail.CompanyMail;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.company.CompanyRepository;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.shared.ConcurrentChange;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.RecordAccessDenied;
import tw.netzero.portal.domain.model.shared.RecordNotFound;
import tw.netzero.portal.domain.model.solutions.CallForSolutions;
import tw.netzero.portal.domain.model.solutions.Challenge;
import tw.netzero.portal.domain.model.solutions.Pilot;
import tw.netzero.portal.domain.model.solutions.PilotReport;
import tw.netzero.portal.domain.model.solutions.Proposal;
import tw.netzero.portal.domain.model.solutions.PublishedProposal;
import tw.netzero.portal.domain.model.solutions.SolutionProvider;
import tw.netzero.portal.domain.model.solutions.SolutionsRepository;

/**
 * Pilots of the call for solutions' winners (issue 16, item 5; decision 0047): the secretariat matches a
 * winning proposal to a member's challenge with that member once the results are published (the member's
 * users are mailed, decision 0055); the member
 * reports the pilot's status and, when completed, the measured reduction. A member reaches only its own
 * company's pilots; another's id is answered like an unknown one. Providers read their pilots with their
 * proposals ({@link ProposalService#myProposalListings()}), the public with the published results.
 */
@Stateless
@ChecksConcurrentChanges
public class PilotService {

    static final String PILOT = "solution_pilot";
    static final String PILOTS_PATH = "/member/pilots.xhtml";

    @Inject
    private SolutionsRepository solutions;

    @Inject
    private Clock clock;

    @Inject
    private CompanyRepository companies;

    @Inject
    private CompanyMail companyMail;

    @EJB
    private AuditLog audit;

    @EJB
    private CallerAccess access;

    /**
     * The call's published winners that address a member's challenge, each with its pilot's status (null:
     * not matched yet), for the secretariat's call page. Empty before the results are published.
     */
    @RolesAllowed(Roles.REVIEWER)
    public List<PublishedProposal> candidates(long callId) {
        return solutions.publishedProposalsOfCall(call(callId).id()).stream()
                .filter(proposal -> proposal.isWinner() && proposal.challengeTitle() != null).toList();
    }

    /** Matches a published winner with the member that posted the challenge it addresses: once per proposal. */
    @RolesAllowed(Roles.REVIEWER)
    public Pilot match(long proposalId) {
        Proposal proposal = solutions.findProposal(proposalId)
                .orElseThrow(() -> new RecordNotFound("proposal.notFound", proposalId));
        Challenge challenge = proposal.challengeId() == null ? null : solutions.findChallenge(proposal.challengeId())
                .orElseThrow();
        Pilot pilot = Pilot.match(call(proposal.callId()), proposal, challenge, access.current().email(),
                clock.instant());
        if (solutions.pilotOfProposal(proposalId).isPresent()) {
            throw new DomainRuleViolation("pilot.alreadyMatched");
        }
        try {
            // Two secretariat users matching the same winner at once: the unique key, the same clear error.
            solutions.add(pilot);
        } catch (PersistenceException raceLost) {
            throw new DomainRuleViolation("pilot.alreadyMatched");
        }
        audit.record(AuditAction.PILOT_MATCHED, PILOT, pilot.id(), "proposal " + proposalId + " (" + proposal.title()
                + ") with company " + pilot.companyId() + " for challenge " + challenge.id());
        tellTheMember(pilot, proposal, challenge);
        return pilot;
    }

    /** Mails the company's enabled users that a winner is matched with their challenge, after the commit (outbox). */
    private void tellTheMember(Pilot pilot, Proposal proposal, Challenge challenge) {
        MemberCompany company = companies.find(pilot.companyId()).orElseThrow();
        String organisation = solutions.findProvider(proposal.providerAccountId()).map(SolutionProvider::organisation)
                .orElse("");
        companyMail.toEnabledUsers(company.id(), "pilotMatched", company.nameEn(), company.nameZh(), proposal.title(),
                organisation, challenge.title(), companyMail.link(PILOTS_PATH));
    }

    /** The pilots the caller's company runs, the latest matched first. */
    @RolesAllowed(Roles.MEMBER)
    public List<OwnPilot> ownPilots() {
        return solutions.pilotsOfCompany(access.requireOwnCompany()).stream().map(OwnPilot::of).toList();
    }

    /**
     * The member's report on its own pilot, refused when someone reported since the page read
     * {@code expectedVersion}.
     */
    @RolesAllowed(Roles.MEMBER)
    public Pilot report(long pilotId, @NotNull @Valid PilotReport report, long expectedVersion) {
        Pilot pilot = own(pilotId);
        if (pilot.version() != expectedVersion) {
            throw new ConcurrentChange();
        }
        pilot.report(report, DueDates.today(clock), access.current().email(), clock.instant());
        audit.record(AuditAction.PILOT_REPORTED, PILOT, pilotId, pilot.status() + describe(pilot));
        return pilot;
    }

    private static String describe(Pilot pilot) {
        return switch (pilot.status()) {
            case COMPLETED -> ": " + pilot.measuredReduction().tonnes() + " t/yr measured on " + pilot.measuredOn()
                    + " (" + pilot.measurementBasis() + ")";
            case STOPPED -> ": " + pilot.stopReason();
            default -> "";
        };
    }

    /** The caller's company's pilot; another company's is refused (audited) and answered like an unknown id. */
    private Pilot own(long pilotId) {
        Caller caller = access.current();
        Pilot pilot = solutions.findPilot(pilotId).orElseThrow(() -> new RecordNotFound("pilot.notFound", pilotId));
        if (!caller.belongsTo(pilot.companyId())) {
            String why = caller.email() + " reached for pilot " + pilotId + " of company " + pilot.companyId();
            access.deny(why, PILOT, pilotId);
            throw new RecordAccessDenied(why);
        }
        return pilot;
    }

    private CallForSolutions call(long callId) {
        return solutions.findCall(callId).orElseThrow(() -> new RecordNotFound("call.notFound", callId));
    }
}
