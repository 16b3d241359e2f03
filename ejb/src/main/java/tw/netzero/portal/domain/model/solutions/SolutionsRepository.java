package tw.netzero.portal.domain.model.solutions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Calls for solutions with their proposals, providers and jury. */
public interface SolutionsRepository {

    Optional<CallForSolutions> findCall(long id);

    List<CallForSolutions> allCalls();

    /** Calls whose opening time has passed (the public sees no draft). */
    List<CallForSolutions> openedCalls(Instant now);

    void add(CallForSolutions call);

    Optional<SolutionProvider> findProvider(long accountId);

    void add(SolutionProvider provider);

    Optional<Proposal> findProposal(long id);

    List<Proposal> proposalsOfProvider(long providerAccountId);

    List<Proposal> proposalsOfCall(long callId);

    void add(Proposal proposal);

    List<JurorSeat> seatsOfCall(long callId);

    List<JurorSeat> seatsOfJuror(long jurorAccountId);

    void add(JurorSeat seat);

    List<ConflictOfInterest> conflictsOfCall(long callId);

    void add(ConflictOfInterest conflict);

    List<Scorecard> scorecardsOfCall(long callId);

    /** The juror's scorecard of the proposal in this round ({@link Scorecard#FIRST_ROUND} or {@link Scorecard#SECOND_ROUND}). */
    Optional<Scorecard> findScorecard(long proposalId, long jurorAccountId, int round);

    void add(Scorecard scorecard);

    void remove(Scorecard scorecard);

    /** The shortlisted and winning proposals of every call whose results are published, newest call first. */
    List<PublishedProposal> publishedProposals();

    Optional<Challenge> findChallenge(long id);

    void add(Challenge challenge);

    /** The company's own challenges under every call, the latest first. */
    List<Challenge> challengesOfCompany(long companyId);

    /** Every challenge under the call, whatever its status, with its company's names (the secretariat's list). */
    List<ChallengeListing> challengesOfCall(long callId);

    /** The approved challenges under these calls, with their companies' names (what the public and providers see). */
    List<ChallengeListing> approvedChallenges(List<Long> callIds);

    /** The submitted (not withdrawn) proposals addressed to the challenge, with the providers' organisations. */
    List<ChallengeProposal> proposalsTo(long challengeId);

    /** The published shortlisted and winning proposals of one call (none before its results are published). */
    List<PublishedProposal> publishedProposalsOfCall(long callId);

    /** The provider's own proposals, the latest first, with the challenge each addresses and its pilot, if any. */
    List<ProviderProposal> proposalListingsOfProvider(long providerAccountId);

    Optional<Pilot> findPilot(long id);

    Optional<Pilot> pilotOfProposal(long proposalId);

    /** Writes the pilot at once: a second pilot of the proposal fails here on the unique key. */
    void add(Pilot pilot);

    /** The pilots the company runs, the latest matched first, with their call, challenge and proposal. */
    List<PilotListing> pilotsOfCompany(long companyId);

    /** The call's second round, if the secretariat asked for one (decision 0055). */
    Optional<SecondRound> secondRoundOf(long callId);

    /** Writes the second round at once: a second one for the call fails here on the unique key. */
    void add(SecondRound secondRound);

    Optional<ProposalAttachment> findAttachment(long id);

    /** The proposal's attachments, the first uploaded first. */
    List<ProposalAttachment> attachmentsOf(long proposalId);

    /** The attachments of every proposal of the provider, the first uploaded first. */
    List<ProposalAttachment> attachmentsOfProvider(long providerAccountId);

    void add(ProposalAttachment attachment);

    void remove(ProposalAttachment attachment);
}
