package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.domain.model.solutions.CallForSolutions;
import tw.netzero.portal.domain.model.solutions.Challenge;
import tw.netzero.portal.domain.model.solutions.ChallengeListing;
import tw.netzero.portal.domain.model.solutions.ChallengeProposal;
import tw.netzero.portal.domain.model.solutions.ChallengeStatus;
import tw.netzero.portal.domain.model.solutions.ConflictOfInterest;
import tw.netzero.portal.domain.model.solutions.JurorSeat;
import tw.netzero.portal.domain.model.solutions.Pilot;
import tw.netzero.portal.domain.model.solutions.PilotListing;
import tw.netzero.portal.domain.model.solutions.Proposal;
import tw.netzero.portal.domain.model.solutions.ProposalAttachment;
import tw.netzero.portal.domain.model.solutions.ProposalOutcome;
import tw.netzero.portal.domain.model.solutions.ProposalStatus;
import tw.netzero.portal.domain.model.solutions.ProviderProposal;
import tw.netzero.portal.domain.model.solutions.PublishedProposal;
import tw.netzero.portal.domain.model.solutions.Scorecard;
import tw.netzero.portal.domain.model.solutions.SecondRound;
import tw.netzero.portal.domain.model.solutions.SolutionProvider;
import tw.netzero.portal.domain.model.solutions.SolutionsRepository;

@ApplicationScoped
public class JpaSolutionsRepository implements SolutionsRepository {

    /**
     * Only what the public sees: published calls' shortlisted and winning proposals, with the provider's
     * organisation, the challenge addressed and, for a winner matched as a pilot, the pilot (decision 0047).
     */
    private static final String PUBLISHED = "SELECT NEW " + PublishedProposal.class.getName()
            + "(c.id, c.titleEn, c.titleZh, p.id, p.title, p.summary, o.organisation, o.country,"
            + " p.expectedReduction, p.outcome, ch.title, m.nameEn, m.nameZh,"
            + " pi.status, pi.measuredReduction, pi.measurementBasis, pi.measuredOn)"
            + " FROM Proposal p JOIN CallForSolutions c ON p.callId = c.id"
            + " JOIN SolutionProvider o ON o.accountId = p.providerAccountId"
            + " LEFT JOIN Challenge ch ON ch.id = p.challengeId LEFT JOIN MemberCompany m ON m.id = ch.companyId"
            + " LEFT JOIN Pilot pi ON pi.proposalId = p.id"
            + " WHERE c.resultsPublishedAt IS NOT NULL AND p.outcome <> :none";
    private static final String PUBLISHED_ORDER = " ORDER BY c.closesAt DESC, c.id, p.outcome DESC, p.id";

    /** A provider's own proposals with the challenge each addresses and its pilot (decisions 0044, 0047). */
    private static final String OF_PROVIDER = "SELECT NEW " + ProviderProposal.class.getName()
            + "(p, ch.title, m.nameEn, m.nameZh, pi.status, pi.measuredReduction) FROM Proposal p"
            + " LEFT JOIN Challenge ch ON ch.id = p.challengeId LEFT JOIN MemberCompany m ON m.id = ch.companyId"
            + " LEFT JOIN Pilot pi ON pi.proposalId = p.id"
            + " WHERE p.providerAccountId = :provider ORDER BY p.submittedAt DESC, p.id DESC";

    /** A company's pilots with what its page shows of the call, the challenge and the winning proposal. */
    private static final String PILOTS_OF_COMPANY = "SELECT NEW " + PilotListing.class.getName()
            + "(pi, c.titleEn, c.titleZh, ch.title, p.title, p.summary, o.organisation, o.country, p.expectedReduction)"
            + " FROM Pilot pi, CallForSolutions c, Challenge ch, Proposal p, SolutionProvider o"
            + " WHERE c.id = pi.callId AND ch.id = pi.challengeId AND p.id = pi.proposalId"
            + " AND o.accountId = p.providerAccountId AND pi.companyId = :company ORDER BY pi.matchedAt DESC, pi.id DESC";

    /** A challenge with the names of the company that posted it. */
    private static final String CHALLENGES = "SELECT NEW " + ChallengeListing.class.getName()
            + "(c, m.nameEn, m.nameZh) FROM Challenge c, MemberCompany m WHERE m.id = c.companyId";

    /** What the company that posted a challenge reads of the proposals to it (decision 0044): no scores. */
    private static final String TO_CHALLENGE = "SELECT NEW " + ChallengeProposal.class.getName()
            + "(p.id, p.challengeId, p.title, p.summary, o.organisation, o.country, p.expectedReduction,"
            + " p.reductionBasis, p.costFromTwd, p.costToTwd, p.readinessLevel, p.outcome)"
            + " FROM Proposal p, SolutionProvider o WHERE o.accountId = p.providerAccountId"
            + " AND p.challengeId = :challenge AND p.status = :submitted ORDER BY p.submittedAt, p.id";

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Override
    public Optional<CallForSolutions> findCall(long id) {
        return Optional.ofNullable(entityManager.find(CallForSolutions.class, id));
    }

    @Override
    public List<CallForSolutions> allCalls() {
        return entityManager.createNamedQuery(CallForSolutions.ALL, CallForSolutions.class).getResultList();
    }

    @Override
    public List<CallForSolutions> openedCalls(Instant now) {
        return entityManager.createNamedQuery(CallForSolutions.OPENED_BEFORE, CallForSolutions.class)
                .setParameter("now", now).getResultList();
    }

    @Override
    public void add(CallForSolutions call) {
        entityManager.persist(call);
    }

    @Override
    public Optional<SolutionProvider> findProvider(long accountId) {
        return Optional.ofNullable(entityManager.find(SolutionProvider.class, accountId));
    }

    @Override
    public void add(SolutionProvider provider) {
        entityManager.persist(provider);
    }

    @Override
    public Optional<Proposal> findProposal(long id) {
        return Optional.ofNullable(entityManager.find(Proposal.class, id));
    }

    @Override
    public List<Proposal> proposalsOfProvider(long providerAccountId) {
        return entityManager.createNamedQuery(Proposal.OF_PROVIDER, Proposal.class)
                .setParameter("provider", providerAccountId).getResultList();
    }

    @Override
    public List<Proposal> proposalsOfCall(long callId) {
        return entityManager.createNamedQuery(Proposal.OF_CALL, Proposal.class).setParameter("call", callId)
                .getResultList();
    }

    @Override
    public void add(Proposal proposal) {
        entityManager.persist(proposal);
    }

    @Override
    public List<JurorSeat> seatsOfCall(long callId) {
        return entityManager.createNamedQuery(JurorSeat.OF_CALL, JurorSeat.class).setParameter("call", callId)
                .getResultList();
    }

    @Override
    public List<JurorSeat> seatsOfJuror(long jurorAccountId) {
        return entityManager.createNamedQuery(JurorSeat.OF_JUROR, JurorSeat.class).setParameter("juror", jurorAccountId)
                .getResultList();
    }

    @Override
    public void add(JurorSeat seat) {
        entityManager.persist(seat);
    }

    @Override
    public List<ConflictOfInterest> conflictsOfCall(long callId) {
        return entityManager.createNamedQuery(ConflictOfInterest.OF_CALL, ConflictOfInterest.class)
                .setParameter("call", callId).getResultList();
    }

    @Override
    public void add(ConflictOfInterest conflict) {
        entityManager.persist(conflict);
    }

    @Override
    public List<Scorecard> scorecardsOfCall(long callId) {
        return entityManager.createNamedQuery(Scorecard.OF_CALL, Scorecard.class).setParameter("call", callId)
                .getResultList();
    }

    @Override
    public Optional<Scorecard> findScorecard(long proposalId, long jurorAccountId, int round) {
        return entityManager.createNamedQuery(Scorecard.OF_JUROR_AND_PROPOSAL, Scorecard.class)
                .setParameter("proposal", proposalId).setParameter("juror", jurorAccountId).setParameter("round", round)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Scorecard scorecard) {
        entityManager.persist(scorecard);
    }

    @Override
    public void remove(Scorecard scorecard) {
        entityManager.remove(scorecard);
    }

    @Override
    public List<PublishedProposal> publishedProposals() {
        return entityManager.createQuery(PUBLISHED + PUBLISHED_ORDER, PublishedProposal.class)
                .setParameter("none", ProposalOutcome.NONE).getResultList();
    }

    @Override
    public Optional<Challenge> findChallenge(long id) {
        return Optional.ofNullable(entityManager.find(Challenge.class, id));
    }

    @Override
    public void add(Challenge challenge) {
        entityManager.persist(challenge);
    }

    @Override
    public List<Challenge> challengesOfCompany(long companyId) {
        return entityManager.createNamedQuery(Challenge.OF_COMPANY, Challenge.class).setParameter("company", companyId)
                .getResultList();
    }

    @Override
    public List<ChallengeListing> challengesOfCall(long callId) {
        return entityManager.createQuery(CHALLENGES + " AND c.callId = :call ORDER BY c.postedAt, c.id",
                ChallengeListing.class).setParameter("call", callId).getResultList();
    }

    @Override
    public List<ChallengeListing> approvedChallenges(List<Long> callIds) {
        if (callIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery(CHALLENGES + " AND c.callId IN :calls AND c.status = :approved"
                        + " ORDER BY c.callId, c.decidedAt, c.id", ChallengeListing.class)
                .setParameter("calls", callIds).setParameter("approved", ChallengeStatus.APPROVED).getResultList();
    }

    @Override
    public List<ChallengeProposal> proposalsTo(long challengeId) {
        return entityManager.createQuery(TO_CHALLENGE, ChallengeProposal.class).setParameter("challenge", challengeId)
                .setParameter("submitted", ProposalStatus.SUBMITTED).getResultList();
    }

    @Override
    public List<PublishedProposal> publishedProposalsOfCall(long callId) {
        return entityManager.createQuery(PUBLISHED + " AND c.id = :call" + PUBLISHED_ORDER, PublishedProposal.class)
                .setParameter("none", ProposalOutcome.NONE).setParameter("call", callId).getResultList();
    }

    @Override
    public List<ProviderProposal> proposalListingsOfProvider(long providerAccountId) {
        return entityManager.createQuery(OF_PROVIDER, ProviderProposal.class).setParameter("provider", providerAccountId)
                .getResultList();
    }

    @Override
    public Optional<Pilot> findPilot(long id) {
        return Optional.ofNullable(entityManager.find(Pilot.class, id));
    }

    @Override
    public Optional<Pilot> pilotOfProposal(long proposalId) {
        return entityManager.createQuery("SELECT p FROM Pilot p WHERE p.proposalId = :proposal", Pilot.class)
                .setParameter("proposal", proposalId).getResultStream().findFirst();
    }

    @Override
    public void add(Pilot pilot) {
        entityManager.persist(pilot);
        // Written now: a second pilot of the proposal, matched at the same moment, fails here on the unique key.
        entityManager.flush();
    }

    @Override
    public List<PilotListing> pilotsOfCompany(long companyId) {
        return entityManager.createQuery(PILOTS_OF_COMPANY, PilotListing.class).setParameter("company", companyId)
                .getResultList();
    }

    @Override
    public Optional<SecondRound> secondRoundOf(long callId) {
        return entityManager.createNamedQuery(SecondRound.OF_CALL, SecondRound.class).setParameter("call", callId)
                .getResultStream().findFirst();
    }

    @Override
    public void add(SecondRound secondRound) {
        entityManager.persist(secondRound);
        // Written now: a second round asked twice at the same moment fails here on the unique key.
        entityManager.flush();
    }

    @Override
    public Optional<ProposalAttachment> findAttachment(long id) {
        return Optional.ofNullable(entityManager.find(ProposalAttachment.class, id));
    }

    @Override
    public List<ProposalAttachment> attachmentsOf(long proposalId) {
        return entityManager.createNamedQuery(ProposalAttachment.OF_PROPOSAL, ProposalAttachment.class)
                .setParameter("proposal", proposalId).getResultList();
    }

    @Override
    public List<ProposalAttachment> attachmentsOfProvider(long providerAccountId) {
        return entityManager.createNamedQuery(ProposalAttachment.OF_PROVIDER, ProposalAttachment.class)
                .setParameter("provider", providerAccountId).getResultList();
    }

    @Override
    public void add(ProposalAttachment attachment) {
        entityManager.persist(attachment);
    }

    @Override
    public void remove(ProposalAttachment attachment) {
        entityManager.remove(attachment);
    }
}
