package tw.netzero.portal.application.solutions;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import tw.netzero.portal.application.ChecksConcurrentChanges;
import tw.netzero.portal.application.account.Caller;
import tw.netzero.portal.application.account.CallerAccess;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.shared.ConcurrentChange;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.RecordAccessDenied;
import tw.netzero.portal.domain.model.shared.RecordNotFound;
import tw.netzero.portal.domain.model.solutions.CallForSolutions;
import tw.netzero.portal.domain.model.solutions.Challenge;
import tw.netzero.portal.domain.model.solutions.ChallengeContent;
import tw.netzero.portal.domain.model.solutions.ChallengeProposal;
import tw.netzero.portal.domain.model.solutions.SolutionsRepository;

/**
 * Member companies' challenges under a call (issue 16, items 2 and 6; decision 0044): a member posts
 * them while the call is open, the secretariat approves or declines them, the public and providers see
 * the approved ones, and the company reads the proposals to its own challenges once the call has closed.
 * A member reaches only its own company's challenges; another's id is answered like an unknown one.
 */
@Stateless
@ChecksConcurrentChanges
public class ChallengeService {

    static final String CHALLENGE = "solution_challenge";

    @Inject
    private SolutionsRepository solutions;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    @EJB
    private CallerAccess access;

    @EJB
    private CallService calls;

    @RolesAllowed(Roles.MEMBER)
    public Challenge post(long callId, @NotNull @Valid ChallengeContent content) {
        long companyId = access.requireOwnCompany();
        Challenge challenge = Challenge.post(call(callId), companyId, content, access.current().email(),
                clock.instant());
        solutions.add(challenge);
        audit.record(AuditAction.CHALLENGE_POSTED, CHALLENGE, challenge.id(), "call " + callId + ": "
                + challenge.title() + " (" + challenge.scope() + ", " + challenge.tonnesPerYear().tonnes() + " t/yr)");
        return challenge;
    }

    /**
     * The caller's company's challenges under every call, the latest first, each with the proposals
     * addressed to it once its call has closed.
     */
    @RolesAllowed(Roles.MEMBER)
    public List<OwnChallenge> ownChallenges() {
        long companyId = access.requireOwnCompany();
        Instant now = clock.instant();
        return solutions.challengesOfCompany(companyId).stream().map(challenge -> {
            CallForSolutions call = call(challenge.callId());
            boolean shown = challenge.showsProposalsTo(companyId, call, now);
            return new OwnChallenge(ChallengeDetails.of(challenge), CallDetails.of(call), shown,
                    shown ? solutions.proposalsTo(challenge.id()) : List.of());
        }).toList();
    }

    /**
     * The submitted proposals to one of the caller's company's challenges, once its call has closed;
     * before the deadline refused with {@code challenge.proposals.notYet}.
     */
    @RolesAllowed(Roles.MEMBER)
    public List<ChallengeProposal> proposalsTo(long challengeId) {
        Challenge challenge = own(challengeId);
        long readerCompany = access.requireOwnCompany();
        if (!challenge.showsProposalsTo(readerCompany, call(challenge.callId()), clock.instant())) {
            throw new DomainRuleViolation("challenge.proposals.notYet");
        }
        return solutions.proposalsTo(challengeId);
    }

    /** Every challenge under the call with its status, for the secretariat's call page. */
    @RolesAllowed(Roles.REVIEWER)
    public List<ListedChallenge> challengesOfCall(long callId) {
        return solutions.challengesOfCall(call(callId).id()).stream().map(ListedChallenge::of).toList();
    }

    @RolesAllowed(Roles.REVIEWER)
    public Challenge approve(long challengeId, long expectedVersion) {
        Challenge challenge = atVersion(challengeId, expectedVersion);
        challenge.approve(call(challenge.callId()), access.current().email(), clock.instant());
        audit.record(AuditAction.CHALLENGE_APPROVED, CHALLENGE, challengeId, challenge.title());
        return challenge;
    }

    @RolesAllowed(Roles.REVIEWER)
    public Challenge decline(long challengeId, String reason, long expectedVersion) {
        Challenge challenge = atVersion(challengeId, expectedVersion);
        challenge.decline(call(challenge.callId()), access.current().email(), reason, clock.instant());
        audit.record(AuditAction.CHALLENGE_DECLINED, CHALLENGE, challengeId, challenge.title() + ": " + reason);
        return challenge;
    }

    /** The approved challenges of the calls open now: public, and what a provider may address. */
    @PermitAll
    public List<ListedChallenge> openChallenges() {
        return solutions.approvedChallenges(calls.openCalls().stream().map(CallDetails::id).toList()).stream()
                .map(ListedChallenge::of).toList();
    }

    /** The challenge as the secretariat read it; refused when someone changed it since {@code expectedVersion}. */
    private Challenge atVersion(long challengeId, long expectedVersion) {
        Challenge challenge = find(challengeId);
        if (challenge.version() != expectedVersion) {
            throw new ConcurrentChange();
        }
        return challenge;
    }

    /** The caller's company's challenge; another company's is refused (audited) and answered like an unknown id. */
    private Challenge own(long challengeId) {
        Caller caller = access.current();
        Challenge challenge = find(challengeId);
        if (!caller.belongsTo(challenge.companyId())) {
            String why = caller.email() + " reached for challenge " + challengeId + " of company " + challenge.companyId();
            access.deny(why, CHALLENGE, challengeId);
            throw new RecordAccessDenied(why);
        }
        return challenge;
    }

    private Challenge find(long challengeId) {
        return solutions.findChallenge(challengeId)
                .orElseThrow(() -> new RecordNotFound("challenge.notFound", challengeId));
    }

    private CallForSolutions call(long callId) {
        return solutions.findCall(callId).orElseThrow(() -> new RecordNotFound("call.notFound", callId));
    }
}
