package tw.netzero.portal.application.solutions;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tw.netzero.portal.application.ChecksConcurrentChanges;
import tw.netzero.portal.application.account.CallerAccess;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.domain.model.account.AccountRepository;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.shared.ConcurrentChange;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.RecordNotFound;
import tw.netzero.portal.domain.model.solutions.CallForSolutions;
import tw.netzero.portal.domain.model.solutions.CallPhase;
import tw.netzero.portal.domain.model.solutions.CallTerms;
import tw.netzero.portal.domain.model.solutions.CloseCall;
import tw.netzero.portal.domain.model.solutions.ConflictOfInterest;
import tw.netzero.portal.domain.model.solutions.Jury;
import tw.netzero.portal.domain.model.solutions.JurorSeat;
import tw.netzero.portal.domain.model.solutions.Proposal;
import tw.netzero.portal.domain.model.solutions.PublishedProposal;
import tw.netzero.portal.domain.model.solutions.Ranking;
import tw.netzero.portal.domain.model.solutions.Scorecard;
import tw.netzero.portal.domain.model.solutions.SecondRound;
import tw.netzero.portal.domain.model.solutions.SolutionProvider;
import tw.netzero.portal.domain.model.solutions.SolutionsRepository;

/**
 * The secretariat's side of the call for solutions (issue 16): drafting and revising calls, the
 * jury's progress and ranking, a second round on a close call, publishing the shortlist and winners;
 * and the published results, open to everyone.
 */
@Stateless
@ChecksConcurrentChanges
public class CallService {

    static final String CALL = "solution_call";

    @Inject
    private SolutionsRepository solutions;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    @EJB
    private CallerAccess access;

    @RolesAllowed(Roles.SECRETARIAT_ADMIN)
    public CallForSolutions draft(@NotNull CallTerms terms) {
        CallForSolutions call = CallForSolutions.draft(terms, access.current().email(), clock.instant());
        solutions.add(call);
        audit.record(AuditAction.CALL_DRAFTED, CALL, call.id(), call.titleEn() + " opens " + call.opensAt()
                + ", closes " + call.closesAt());
        return call;
    }

    /** Revises a call that has not opened yet; refused when someone changed it since {@code expectedVersion}. */
    @RolesAllowed(Roles.SECRETARIAT_ADMIN)
    public CallForSolutions revise(long callId, @NotNull CallTerms terms, long expectedVersion) {
        CallForSolutions call = load(callId);
        if (call.version() != expectedVersion) {
            throw new ConcurrentChange();
        }
        call.revise(terms, clock.instant());
        audit.record(AuditAction.CALL_REVISED, CALL, callId, call.titleEn() + " opens " + call.opensAt()
                + ", closes " + call.closesAt());
        return call;
    }

    @RolesAllowed(Roles.REVIEWER)
    public List<CallDetails> calls() {
        return solutions.allCalls().stream().map(CallDetails::of).toList();
    }

    @RolesAllowed(Roles.REVIEWER)
    public CallDetails call(long callId) {
        return CallDetails.of(load(callId));
    }

    /** Calls that have opened (open, closed or with results): what the public and providers see. Never a draft. */
    @PermitAll
    public List<CallDetails> openedCalls() {
        return solutions.openedCalls(clock.instant()).stream().map(CallDetails::of).toList();
    }

    /** Calls open for proposals now (between their opening time and their deadline). */
    @PermitAll
    public List<CallDetails> openCalls() {
        return solutions.openedCalls(clock.instant()).stream()
                .filter(call -> call.phase(clock.instant()) == CallPhase.OPEN).map(CallDetails::of).toList();
    }

    /**
     * The jury's weighted ranking with ties and spread, each juror's progress (decision 0038), and the
     * second round: asked for, or possible on a close call at the winners' line (decision 0055).
     */
    @RolesAllowed(Roles.REVIEWER)
    public JuryOverview jury(long callId) {
        CallForSolutions call = load(callId);
        List<Proposal> proposals = solutions.proposalsOfCall(callId);
        List<JurorSeat> seats = solutions.seatsOfCall(callId);
        List<ConflictOfInterest> conflicts = solutions.conflictsOfCall(callId);
        SecondRound secondRound = solutions.secondRoundOf(callId).orElse(null);
        Jury jury = new Jury(seats.stream().map(JurorSeat::jurorAccountId).toList(), conflicts);

        List<Proposal> submitted = proposals.stream().filter(Proposal::isSubmitted).toList();
        Set<Long> submittedIds = submitted.stream().map(Proposal::id).collect(Collectors.toSet());
        List<Scorecard> scorecards = scorecardsOf(callId, submittedIds);
        List<Scorecard> counted = counted(scorecards, secondRound);
        List<Ranking.Place> places = rank(call, submittedIds, counted);
        // Round one's scores of the proposals in round two, for the record.
        Map<Long, Ranking.Place> roundOne = secondRound == null ? Map.of()
                : rank(call, submittedIds, counted(scorecards, null)).stream()
                .collect(Collectors.toMap(Ranking.Place::proposalId, Function.identity()));
        Map<Long, Proposal> byId = submitted.stream().collect(Collectors.toMap(Proposal::id, Function.identity()));
        List<RankedProposal> ranking = places.stream().map(place -> {
            Proposal proposal = byId.get(place.proposalId());
            SolutionProvider provider = solutions.findProvider(proposal.providerAccountId()).orElse(null);
            boolean again = secondRound != null && secondRound.includes(place.proposalId());
            return new RankedProposal(place, proposal.title(), provider == null ? null : provider.organisation(),
                    provider == null ? null : provider.country(), proposal.expectedReduction(),
                    proposal.status(), proposal.outcome(), again, again ? roundOne.get(place.proposalId()).score() : null);
        }).toList();

        List<JurorProgress> progress = seats.stream().map(seat -> {
            long juror = seat.jurorAccountId();
            int assigned = (int) submitted.stream().filter(p -> jury.mayAssess(juror, p)).count();
            int scored = (int) counted.stream().filter(card -> card.jurorAccountId() == juror).count();
            int declared = (int) conflicts.stream().filter(c -> c.jurorAccountId() == juror).count();
            UserAccount account = accounts.find(juror).orElseThrow();
            return new JurorProgress(juror, account.email(), account.displayName(), assigned, scored, declared);
        }).toList();
        CloseCall closeCall = secondRound == null ? CloseCall.in(places, call.winners()).orElse(null) : null;
        return new JuryOverview(CallDetails.of(call), ranking, progress,
                secondRound == null ? null : SecondRoundAsked.of(secondRound), closeCall);
    }

    /**
     * Asks the jury to score again the proposals of a close call at the winners' line (decision 0055):
     * once per call, while the jury sits, judged on the ranking as it stands.
     */
    @RolesAllowed(Roles.SECRETARIAT_ADMIN)
    public SecondRound askSecondRound(long callId) {
        CallForSolutions call = load(callId);
        if (solutions.secondRoundOf(callId).isPresent()) {
            throw new DomainRuleViolation("secondRound.alreadyAsked");
        }
        Set<Long> submittedIds = solutions.proposalsOfCall(callId).stream().filter(Proposal::isSubmitted)
                .map(Proposal::id).collect(Collectors.toSet());
        List<Ranking.Place> roundOne = rank(call, submittedIds, counted(scorecardsOf(callId, submittedIds), null));
        SecondRound round = SecondRound.ask(call, roundOne, access.current().email(), clock.instant());
        try {
            // Two administrators asking at once: the unique key on the call, the same clear error.
            solutions.add(round);
        } catch (PersistenceException raceLost) {
            throw new DomainRuleViolation("secondRound.alreadyAsked");
        }
        audit.record(AuditAction.SECOND_ROUND_ASKED, CALL, callId, "proposals " + round.proposalIds().stream().sorted()
                .toList() + ": last winner place " + round.lastWinnerScore() + ", first place below "
                + round.firstNonWinnerScore());
        return round;
    }

    /** The call's scorecards of these proposals (the submitted ones), of every round. */
    private List<Scorecard> scorecardsOf(long callId, Set<Long> proposalIds) {
        return solutions.scorecardsOfCall(callId).stream().filter(card -> proposalIds.contains(card.proposalId())).toList();
    }

    private static List<Ranking.Place> rank(CallForSolutions call, Set<Long> proposalIds, List<Scorecard> scorecards) {
        return Ranking.of(call.criteria(), List.copyOf(proposalIds), scoresOf(scorecards));
    }

    /** The scorecards that count: round two's for the proposals in it, round one's for the others. */
    private static List<Scorecard> counted(List<Scorecard> scorecards, SecondRound secondRound) {
        return scorecards.stream().filter(card -> card.roundNumber() == (secondRound == null ? Scorecard.FIRST_ROUND
                : secondRound.roundOf(card.proposalId()))).toList();
    }

    private static Map<Long, List<List<Integer>>> scoresOf(List<Scorecard> scorecards) {
        Map<Long, List<List<Integer>>> scores = new HashMap<>();
        scorecards.forEach(card -> scores.computeIfAbsent(card.proposalId(), id -> new ArrayList<>()).add(card.scores()));
        return scores;
    }

    /** Publishes the shortlist and the winners once the call has closed (the public pages and open data show them). */
    @RolesAllowed(Roles.SECRETARIAT_ADMIN)
    public CallForSolutions publishResults(long callId, @NotNull Set<Long> shortlisted, @NotNull Set<Long> winners) {
        CallForSolutions call = load(callId);
        call.publishResults(solutions.proposalsOfCall(callId), shortlisted, winners, clock.instant());
        audit.record(AuditAction.CALL_RESULTS_PUBLISHED, CALL, callId,
                "shortlist " + shortlisted.stream().sorted().toList() + ", winners " + winners.stream().sorted().toList());
        return call;
    }

    /** Every published shortlisted or winning proposal: open to everyone (public pages, JSON open data). */
    @PermitAll
    public List<PublishedProposal> publishedProposals() {
        return solutions.publishedProposals();
    }

    private CallForSolutions load(long callId) {
        return solutions.findCall(callId).orElseThrow(() -> new RecordNotFound("call.notFound", callId));
    }
}
