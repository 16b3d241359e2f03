package tw.netzero.portal.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import tw.netzero.portal.application.filing.EvidenceStorage;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.evidence.EvidenceType;
import tw.netzero.portal.domain.model.evidence.StoredFile;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.domain.model.solutions.CallForSolutions;
import tw.netzero.portal.domain.model.solutions.CallTerms;
import tw.netzero.portal.domain.model.solutions.Challenge;
import tw.netzero.portal.domain.model.solutions.ChallengeContent;
import tw.netzero.portal.domain.model.solutions.ConflictOfInterest;
import tw.netzero.portal.domain.model.solutions.Criterion;
import tw.netzero.portal.domain.model.solutions.JurorSeat;
import tw.netzero.portal.domain.model.solutions.Pilot;
import tw.netzero.portal.domain.model.solutions.Proposal;
import tw.netzero.portal.domain.model.solutions.ProposalAttachment;
import tw.netzero.portal.domain.model.solutions.ProposalContent;
import tw.netzero.portal.domain.model.solutions.Scorecard;
import tw.netzero.portal.domain.model.solutions.SolutionProvider;
import tw.netzero.portal.domain.model.solutions.Theme;

/**
 * Providers and jurors of the call for solutions for the in-container tests, with
 * {@link TwoCompanies#PASSWORD} (written after {@link TwoCompanies#reset}, which clears them), and
 * the passage of time for a call: its opening and closing moved around now, as days going by would.
 */
@ApplicationScoped
public class CallParticipants {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Resource
    private UserTransaction transaction;

    @Inject
    private TwoCompanies alliance;

    @Inject
    private EvidenceStorage storage;

    /** A verified provider of the organisation; returns the account id. */
    public long provider(String email, String organisation, String country) throws Exception {
        transaction.begin();
        UserAccount account = account(email, Role.PROVIDER);
        entityManager.persist(new SolutionProvider(account.id(), organisation, country, Instant.now()));
        transaction.commit();
        return account.id();
    }

    /** A juror account (not yet seated on any call); returns the account id. */
    public long juror(String email) throws Exception {
        transaction.begin();
        UserAccount account = account(email, Role.JUROR);
        transaction.commit();
        return account.id();
    }

    private UserAccount account(String email, Role role) {
        Instant now = Instant.now();
        UserAccount account = UserAccount.callParticipant(email, email.substring(0, email.indexOf('@')), role, now);
        account.changePassword(alliance.passwordHash(), now);
        entityManager.persist(account);
        entityManager.flush();
        return account;
    }

    /**
     * The access matrix's call-for-solutions data ({@link #matrix}): with company A's pending challenge
     * under the open call and its approved challenge under the closed call (decision 0044).
     */
    public record Matrix(long openCall, long closedCall, long openProposalOfA, long closedProposalOfA,
                         long pendingChallengeOfA, long closedChallengeOfA, long openFileOfA, long closedFileOfA) {
    }

    public static final String PROVIDER_A = "provider@a-solutions.example";
    public static final String PROVIDER_B = "provider@b-solutions.example";
    public static final String JUROR = "juror@jury.example";
    public static final String CONFLICTED_JUROR = "conflicted-juror@jury.example";

    /**
     * Two calls, one open and one closed, each with a proposal of provider A; the juror and the
     * conflicted juror sit on the closed call, the latter with a conflict declared on A's proposal.
     * Company A has a pending challenge under the open call and an approved one under the closed call,
     * which A's proposal there addresses. Each of A's proposals has one file (decision 0055).
     */
    public Matrix matrix(List<Criterion> criteria) throws Exception {
        long providerA = provider(PROVIDER_A, "A Solutions", "TW");
        provider(PROVIDER_B, "B Solutions", "JP");
        long juror = juror(JUROR);
        long conflicted = juror(CONFLICTED_JUROR);
        long openCall = call(criteria);
        long closedCall = call(criteria);
        open(openCall);
        open(closedCall);
        long pendingChallenge = challenge(openCall, false);
        long closedChallenge = challenge(closedCall, true);
        long openProposal = proposal(openCall, null, providerA);
        long closedProposal = proposal(closedCall, closedChallenge, providerA);
        long openFile = attachment(openProposal);
        long closedFile = attachment(closedProposal);
        close(closedCall);
        transaction.begin();
        Instant now = Instant.now();
        entityManager.persist(new JurorSeat(closedCall, juror, "admin@secretariat.example", now));
        entityManager.persist(new JurorSeat(closedCall, conflicted, "admin@secretariat.example", now));
        entityManager.persist(new ConflictOfInterest(closedProposal, conflicted, "Shareholder of A Solutions", now));
        transaction.commit();
        return new Matrix(openCall, closedCall, openProposal, closedProposal, pendingChallenge, closedChallenge, openFile,
                closedFile);
    }

    private long call(List<Criterion> criteria) throws Exception {
        transaction.begin();
        LocalDateTime tomorrow = LocalDateTime.now(CallForSolutions.ZONE).plusDays(1);
        CallForSolutions call = CallForSolutions.draft(new CallTerms("Matrix call", "矩陣徵件", "For the access matrix.",
                "供存取矩陣測試。", List.of(new Theme("Energy", "能源")), criteria, tomorrow, tomorrow.plusDays(10), 2),
                "admin@secretariat.example", Instant.now());
        entityManager.persist(call);
        transaction.commit();
        return call.id();
    }

    /** A challenge of company A under the open call, approved or pending. */
    public long challenge(long callId, boolean approved) throws Exception {
        transaction.begin();
        CallForSolutions call = entityManager.find(CallForSolutions.class, callId);
        Instant now = Instant.now();
        Challenge challenge = Challenge.post(call, alliance.companyA(), CHALLENGE, TwoCompanies.MEMBER_A, now);
        if (approved) {
            challenge.approve(call, TwoCompanies.REVIEWER, now);
        }
        entityManager.persist(challenge);
        transaction.commit();
        return challenge.id();
    }

    /** Company A's sinter plant: scope 1, 180,000 t CO2e a year. */
    public static final ChallengeContent CHALLENGE = new ChallengeContent("Sinter plant waste heat",
            "Sinter plant exhaust gas", "Xiaogang works", Scope.SCOPE_1, new BigDecimal("180000"),
            "Recover 30 % of the exhaust heat", "Hourly exhaust temperature and flow");

    private long proposal(long callId, Long challengeId, long providerAccountId) throws Exception {
        transaction.begin();
        Proposal proposal = Proposal.submit(entityManager.find(CallForSolutions.class, callId),
                challengeId == null ? null : entityManager.find(Challenge.class, challengeId), providerAccountId,
                new ProposalContent("Proposal of A", "Summary", BigDecimal.TEN, "Basis", BigDecimal.ONE, BigDecimal.TEN,
                        5, null), Instant.now());
        entityManager.persist(proposal);
        transaction.commit();
        return proposal.id();
    }

    /** A PDF file attached by its provider to a proposal of an open call (decision 0055); returns its id. */
    public long attachment(long proposalId) throws Exception {
        transaction.begin();
        Proposal proposal = entityManager.find(Proposal.class, proposalId);
        CallForSolutions call = entityManager.find(CallForSolutions.class, proposal.callId());
        Instant now = Instant.now();
        StoredFile file = new StoredFile("data-sheet.pdf", EvidenceType.PDF, PDF, storage.store(PDF), now);
        ProposalAttachment attachment = ProposalAttachment.attach(call, proposal, 0, file, PROVIDER_A, now);
        entityManager.persist(attachment);
        transaction.commit();
        return attachment.id();
    }

    /** The bytes of a small PDF file, as the evidence checks recognise it. */
    public static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    /**
     * The matrix's closed call made close at its winners' line (decision 0055): one winner, and a proposal of
     * provider B beside A's, both scored alike by the juror.
     */
    public void closeRanking(Matrix matrix) throws Exception {
        open(matrix.closedCall());
        long ofB = proposal(matrix.closedCall(), null, accountId(PROVIDER_B));
        close(matrix.closedCall());
        transaction.begin();
        entityManager.createNativeQuery("UPDATE solution_call SET winners = 1 WHERE id = ?")
                .setParameter(1, matrix.closedCall()).executeUpdate();
        CallForSolutions call = entityManager.find(CallForSolutions.class, matrix.closedCall());
        List<Integer> scores = Collections.nCopies(call.criteria().size(), 4);
        Instant now = Instant.now();
        long juror = accountId(JUROR);
        entityManager.persist(Scorecard.score(call, matrix.closedProposalOfA(), juror, scores, null, now));
        entityManager.persist(Scorecard.score(call, ofB, juror, scores, null, now));
        transaction.commit();
        entityManager.getEntityManagerFactory().getCache().evictAll();
    }

    private long accountId(String email) {
        return entityManager.createQuery("SELECT a.id FROM UserAccount a WHERE a.email = :email", Long.class)
                .setParameter("email", email).getSingleResult();
    }

    /** The matrix's closed call with its results published: A's proposal to A's challenge is the winner. */
    public void publishWithWinner(Matrix matrix) throws Exception {
        transaction.begin();
        CallForSolutions call = entityManager.find(CallForSolutions.class, matrix.closedCall());
        Proposal winner = entityManager.find(Proposal.class, matrix.closedProposalOfA());
        call.publishResults(List.of(winner), Set.of(winner.id()), Set.of(winner.id()), Instant.now());
        transaction.commit();
    }

    /** {@link #publishWithWinner}, the winner matched as company A's pilot (decision 0047); returns the pilot. */
    public Pilot pilot(Matrix matrix) throws Exception {
        publishWithWinner(matrix);
        transaction.begin();
        Pilot pilot = Pilot.match(entityManager.find(CallForSolutions.class, matrix.closedCall()),
                entityManager.find(Proposal.class, matrix.closedProposalOfA()),
                entityManager.find(Challenge.class, matrix.closedChallengeOfA()), TwoCompanies.REVIEWER, Instant.now());
        entityManager.persist(pilot);
        transaction.commit();
        return pilot;
    }

    /** The call has opened an hour ago and closes in an hour. */
    public void open(long callId) throws Exception {
        move(callId, Instant.now().minusSeconds(3600), Instant.now().plusSeconds(3600));
    }

    /** The call's deadline passed a minute ago: the jury sits. */
    public void close(long callId) throws Exception {
        move(callId, Instant.now().minusSeconds(7200), Instant.now().minusSeconds(60));
    }

    private void move(long callId, Instant opensAt, Instant closesAt) throws Exception {
        transaction.begin();
        int moved = entityManager.createNativeQuery("UPDATE solution_call SET opens_at = ?, closes_at = ? WHERE id = ?")
                .setParameter(1, LocalDateTime.ofInstant(opensAt, ZoneOffset.UTC))
                .setParameter(2, LocalDateTime.ofInstant(closesAt, ZoneOffset.UTC))
                .setParameter(3, callId).executeUpdate();
        transaction.commit();
        if (moved != 1) {
            throw new IllegalStateException("no call " + callId);
        }
        entityManager.getEntityManagerFactory().getCache().evictAll();
    }

    /** A call's terms: impact 60 %, cost 40 %; opens tomorrow, closes in a month (Taipei times). */
    public static CallTerms terms(int winners) {
        LocalDateTime tomorrow = LocalDateTime.now(CallForSolutions.ZONE).plusDays(1).withNano(0);
        return new CallTerms("Call for Solutions", "淨零解方徵件", "Port and industry solutions.", "港口與產業解方。",
                List.of(new Theme("Sustainable energy", "永續能源")),
                List.of(new Criterion("Impact", "影響力", 60), new Criterion("Cost", "成本", 40)),
                tomorrow, tomorrow.plusDays(30), winners);
    }

    /** A proposal of the title expecting the tonnes a year (the rest fixed). */
    public static ProposalContent content(String title, String tonnes) {
        return new ProposalContent(title, "What it does and where.", new BigDecimal(tonnes), "Metered 2025 baseline",
                new BigDecimal("1000000"), new BigDecimal("3000000"), 7, null);
    }
}
