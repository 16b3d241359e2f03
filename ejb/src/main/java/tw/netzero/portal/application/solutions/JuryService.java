package tw.netzero.portal.application.solutions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tw.netzero.portal.application.ChecksConcurrentChanges;
import tw.netzero.portal.application.account.AccountService;
import tw.netzero.portal.application.account.Caller;
import tw.netzero.portal.application.account.CallerAccess;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.domain.model.account.AccountRepository;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.RecordAccessDenied;
import tw.netzero.portal.domain.model.shared.RecordNotFound;
import tw.netzero.portal.domain.model.shared.ValidEmail;
import tw.netzero.portal.domain.model.solutions.CallForSolutions;
import tw.netzero.portal.domain.model.solutions.CallPhase;
import tw.netzero.portal.domain.model.solutions.ConflictOfInterest;
import tw.netzero.portal.domain.model.solutions.Jury;
import tw.netzero.portal.domain.model.solutions.JurorSeat;
import tw.netzero.portal.domain.model.solutions.Proposal;
import tw.netzero.portal.domain.model.solutions.Scorecard;
import tw.netzero.portal.domain.model.solutions.SecondRound;
import tw.netzero.portal.domain.model.solutions.SolutionsRepository;

/**
 * The jury of a call (issue 16, item 4): the secretariat seats jurors per call; a juror sees the
 * call's submitted proposals except those they declared a conflict on, and scores each 1–5 per
 * criterion once the call has closed. A juror reaching a proposal they may not assess is refused
 * (audited) and answered like an unknown id.
 */
@Stateless
@ChecksConcurrentChanges
public class JuryService {

    @Inject
    private SolutionsRepository solutions;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @EJB
    private AccountService accountService;

    @EJB
    private AuditLog audit;

    @EJB
    private CallerAccess access;

    /**
     * Seats a juror on a call: an existing juror account is seated directly, a new address is
     * invited (a link to set the password). Refused for an address of another kind of account.
     */
    @RolesAllowed(Roles.SECRETARIAT_ADMIN)
    public JurorSeat seat(long callId, @NotBlank @ValidEmail @Size(max = UserAccount.EMAIL_MAX) String email,
                          @NotBlank @Size(max = UserAccount.NAME_MAX) String displayName) {
        CallForSolutions call = call(callId);
        if (call.phase(clock.instant()) == CallPhase.RESULTS_PUBLISHED) {
            throw new DomainRuleViolation("jury.resultsPublished");
        }
        Optional<UserAccount> known = accounts.findByEmail(email);
        if (known.isPresent() && known.get().role() != Role.JUROR) {
            throw new FieldRuleViolation("email", "jury.email.notJuror", UserAccount.normalise(email));
        }
        UserAccount juror = known.orElseGet(() -> accountService.inviteJuror(email, displayName));
        // The seat refers to the account by id (no JPA relationship): write a new account first.
        entityManager.flush();
        if (solutions.seatsOfCall(callId).stream().anyMatch(seat -> seat.jurorAccountId().equals(juror.id()))) {
            throw new FieldRuleViolation("email", "jury.alreadySeated", juror.email());
        }
        JurorSeat seat = new JurorSeat(callId, juror.id(), access.current().email(), clock.instant());
        solutions.add(seat);
        audit.record(AuditAction.JUROR_INVITED, CallService.CALL, callId, juror.email());
        return seat;
    }

    /** The calls the signed-in juror sits on. */
    @RolesAllowed(Roles.JUROR)
    public List<CallDetails> myCalls() {
        return solutions.seatsOfJuror(access.current().accountId()).stream()
                .map(seat -> CallDetails.of(call(seat.callId()))).toList();
    }

    /** The proposals the juror is assigned on this call: submitted, and not one they declared a conflict on. */
    @RolesAllowed(Roles.JUROR)
    public List<ProposalDetails> assignedProposals(long callId) {
        Caller caller = access.current();
        Jury jury = juryOf(callId);
        if (!jury.isSeated(caller.accountId())) {
            throw access.deny(caller.email() + " is not a juror of call " + callId, CallService.CALL, callId);
        }
        return solutions.proposalsOfCall(callId).stream().filter(p -> jury.mayAssess(caller.accountId(), p))
                .map(ProposalDetails::of).toList();
    }

    @RolesAllowed(Roles.JUROR)
    public ProposalDetails proposal(long proposalId) {
        return ProposalDetails.of(assessable(proposalId, access.current()));
    }

    /**
     * The proposals of the call the jury scores again in a second round (decision 0055), none when
     * there is no second round; for the call's jurors.
     */
    @RolesAllowed(Roles.JUROR)
    public Set<Long> secondRoundProposals(long callId) {
        Caller caller = access.current();
        if (!juryOf(callId).isSeated(caller.accountId())) {
            throw access.deny(caller.email() + " is not a juror of call " + callId, CallService.CALL, callId);
        }
        return solutions.secondRoundOf(callId).map(SecondRound::proposalIds).orElse(Set.of());
    }

    /** The juror's own scorecard of a proposal in the round that counts for it, if they scored it. */
    @RolesAllowed(Roles.JUROR)
    public Optional<ScorecardDetails> myScorecard(long proposalId) {
        Caller caller = access.current();
        Proposal proposal = assessable(proposalId, caller);
        return solutions.findScorecard(proposalId, caller.accountId(), roundOf(proposal)).map(ScorecardDetails::of);
    }

    /**
     * Declares a conflict of interest on a proposal: from then on the juror neither sees nor scores
     * it, and a score they gave it before is removed. Final, until the results are published.
     */
    @RolesAllowed(Roles.JUROR)
    public void declareConflict(long proposalId, String reason) {
        Caller caller = access.current();
        Proposal proposal = assessable(proposalId, caller);
        if (call(proposal.callId()).phase(clock.instant()) == CallPhase.RESULTS_PUBLISHED) {
            throw new DomainRuleViolation("jury.resultsPublished");
        }
        solutions.add(new ConflictOfInterest(proposalId, caller.accountId(), reason, clock.instant()));
        for (int round : new int[] {Scorecard.FIRST_ROUND, Scorecard.SECOND_ROUND}) {
            solutions.findScorecard(proposalId, caller.accountId(), round).ifPresent(solutions::remove);
        }
        audit.record(AuditAction.CONFLICT_DECLARED, ProposalService.PROPOSAL, proposalId, reason);
    }

    /**
     * Scores a proposal 1–5 per criterion of its call, in the call's order, with a comment; again to change it.
     * A proposal in the second round is scored on a card of round two; round one's stays as it was.
     */
    @RolesAllowed(Roles.JUROR)
    public Scorecard score(long proposalId, @NotNull List<Integer> scores, String comment) {
        Caller caller = access.current();
        Proposal proposal = assessable(proposalId, caller);
        CallForSolutions call = call(proposal.callId());
        int round = roundOf(proposal);
        Optional<Scorecard> existing = solutions.findScorecard(proposalId, caller.accountId(), round);
        Scorecard card;
        if (existing.isPresent()) {
            card = existing.get();
            card.rescore(call, scores, comment, clock.instant());
        } else {
            card = Scorecard.score(call, round, proposalId, caller.accountId(), scores, comment, clock.instant());
            solutions.add(card);
        }
        audit.record(AuditAction.PROPOSAL_SCORED, ProposalService.PROPOSAL, proposalId, "round " + round + ", scores " + scores);
        return card;
    }

    /** The round whose scores count for the proposal: two when its call's second round includes it. */
    private int roundOf(Proposal proposal) {
        return solutions.secondRoundOf(proposal.callId()).map(round -> round.roundOf(proposal.id()))
                .orElse(Scorecard.FIRST_ROUND);
    }

    private Proposal assessable(long proposalId, Caller caller) {
        Proposal proposal = solutions.findProposal(proposalId)
                .orElseThrow(() -> new RecordNotFound("proposal.notFound", proposalId));
        Jury jury = juryOf(proposal.callId());
        if (!jury.mayAssess(caller.accountId(), proposal)) {
            String why = caller.email() + " may not assess proposal " + proposalId
                    + (jury.isConflicted(caller.accountId(), proposalId) ? " (conflict declared)" : "");
            access.deny(why, ProposalService.PROPOSAL, proposalId);
            throw new RecordAccessDenied(why);
        }
        return proposal;
    }

    private Jury juryOf(long callId) {
        return new Jury(solutions.seatsOfCall(callId).stream().map(JurorSeat::jurorAccountId).toList(),
                solutions.conflictsOfCall(callId));
    }

    private CallForSolutions call(long callId) {
        return solutions.findCall(callId).orElseThrow(() -> new RecordNotFound("call.notFound", callId));
    }
}
