package tw.netzero.portal.application.solutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.netzero.portal.testing.CallParticipants.content;
import static tw.netzero.portal.testing.CallParticipants.terms;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.AccessDenied;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.solutions.Scorecard;
import tw.netzero.portal.domain.model.solutions.SecondRound;
import tw.netzero.portal.testing.CallParticipants;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.TwoCompanies;
import tw.netzero.portal.testing.TwoCompaniesTest;

/**
 * The second round inside Payara on MariaDB (issue 16, item 4; decision 0055): a call with one winner whose
 * first two places lie 0.10 apart is a close call; the secretariat asks for a second round once; the jurors
 * see which proposals it concerns and score them again on cards of their own, round one's kept; the ranking
 * counts round two for those proposals; audited.
 */
class SecondRoundIT extends TwoCompaniesTest {

    private static final String PROVIDER = "provider@port-heat.example";
    private static final String JUROR_1 = "juror1@jury.example";
    private static final String JUROR_2 = "juror2@jury.example";
    private static final String OTHER_JUROR = "other-juror@jury.example";

    @Deployment
    static WebArchive deployment() {
        return Deployments.twoCompanies("second-round-it")
                .addClasses(CallParticipants.class, CallParticipants.Matrix.class);
    }

    @Inject
    private CallService calls;

    @Inject
    private ProposalService proposals;

    @Inject
    private JuryService jury;

    @Inject
    private CallParticipants participants;

    private long callId;
    private long first;
    private long second;
    private long third;

    /** A closed call with one winner and three proposals, two jurors seated. */
    @BeforeEach
    void aClosedCallWithThreeProposals() throws Exception {
        participants.provider(PROVIDER, "Port Heat Recovery", "TW");
        participants.juror(JUROR_1);
        participants.juror(JUROR_2);
        participants.juror(OTHER_JUROR);
        signInAs(TwoCompanies.SECRETARIAT_ADMIN);
        callId = calls.draft(terms(1)).id();
        jury.seat(callId, JUROR_1, "Juror One");
        jury.seat(callId, JUROR_2, "Juror Two");
        participants.open(callId);
        signInAs(PROVIDER);
        first = proposals.submit(callId, content("Sinter heat to power", "4200")).id();
        second = proposals.submit(callId, content("Shore power", "3100")).id();
        third = proposals.submit(callId, content("Kite sails", "200")).id();
        participants.close(callId);
    }

    /** Impact 60 %, cost 40 %: the first 4.10 (4.20 and 4.00), the second 4.00, the third 2.00. */
    private void roundOne() throws Exception {
        score(JUROR_1, first, 5, 3);
        score(JUROR_2, first, 4, 4);
        score(JUROR_1, second, 4, 4);
        score(JUROR_2, second, 4, 4);
        score(JUROR_1, third, 2, 2);
        score(JUROR_2, third, 2, 2);
    }

    @Test
    void aCloseCallIsScoredAgainAndTheRankingCountsRoundTwoForItsProposals() throws Exception {
        roundOne();
        signInAs(TwoCompanies.REVIEWER);
        JuryOverview before = calls.jury(callId);
        assertNull(before.secondRound());
        assertEquals(Set.of(first, second), before.closeCall().proposalIds(), "4.10 against 4.00: within 0.10");
        assertEquals(List.of(first, second, third), ranked(before));

        signInAs(TwoCompanies.SECRETARIAT_ADMIN);
        SecondRound round = calls.askSecondRound(callId);
        assertEquals(Set.of(first, second), round.proposalIds());
        assertEquals("secondRound.alreadyAsked", assertThrows(DomainRuleViolation.class,
                () -> calls.askSecondRound(callId)).messageKey());
        JuryOverview asked = calls.jury(callId);
        assertNotNull(asked.secondRound());
        assertNull(asked.closeCall(), "asked once");
        RankedProposal firstLine = line(asked, first);
        assertTrue(firstLine.inSecondRound());
        assertFalse(firstLine.place().isRanked(), "round two's scores count, and there are none yet");
        assertEquals(new BigDecimal("4.10"), firstLine.roundOneScore(), "round one kept for the record");
        assertFalse(line(asked, third).inSecondRound());
        assertEquals(1, asked.jurors().get(0).scored(), "of three: the two in round two are to be scored again");

        signInAs(JUROR_1);
        assertEquals(Set.of(first, second), jury.secondRoundProposals(callId));
        assertTrue(jury.myScorecard(second).isEmpty(), "round two starts with an empty card");
        score(JUROR_1, second, 5, 5);
        score(JUROR_2, second, 4, 4);
        score(JUROR_1, first, 4, 4);
        score(JUROR_2, first, 4, 4);
        signInAs(JUROR_1);
        assertEquals(List.of(5, 5), jury.myScorecard(second).orElseThrow().scores());
        signInAs(OTHER_JUROR);
        assertThrows(AccessDenied.class, () -> jury.secondRoundProposals(callId), "not a juror of this call");

        signInAs(TwoCompanies.REVIEWER);
        JuryOverview after = calls.jury(callId);
        assertEquals(List.of(second, first, third), ranked(after), "4.50 and 4.00 of round two, 2.00 of round one");
        assertEquals(new BigDecimal("4.50"), line(after, second).place().score());
        assertEquals(new BigDecimal("4.00"), line(after, second).roundOneScore());
        assertEquals(3, after.jurors().get(0).scored());
        assertEquals(6L, cards(Scorecard.FIRST_ROUND), "round one's cards stay as they were");
        assertEquals(4L, cards(Scorecard.SECOND_ROUND));
        assertEquals(1L, auditCount("SECOND_ROUND_ASKED"));
    }

    @Test
    void aRankingThatIsNotCloseAtTheLineGetsNoSecondRound() throws Exception {
        score(JUROR_1, first, 5, 5);
        score(JUROR_1, second, 4, 4);
        signInAs(TwoCompanies.SECRETARIAT_ADMIN);
        assertNull(calls.jury(callId).closeCall(), "5.00 against 4.00");
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> calls.askSecondRound(callId));
        assertEquals("secondRound.notClose", refused.messageKey());
        assertEquals(0L, auditCount("SECOND_ROUND_ASKED"));
    }

    private void score(String juror, long proposalId, int impact, int cost) throws Exception {
        signInAs(juror);
        jury.score(proposalId, List.of(impact, cost), null);
    }

    private static List<Long> ranked(JuryOverview overview) {
        return overview.ranking().stream().map(RankedProposal::proposalId).toList();
    }

    private static RankedProposal line(JuryOverview overview, long proposalId) {
        return overview.ranking().stream().filter(line -> line.proposalId() == proposalId).findFirst().orElseThrow();
    }

    private long cards(int round) {
        return entityManager.createQuery("SELECT COUNT(s) FROM Scorecard s WHERE s.roundNumber = :round", Long.class)
                .setParameter("round", round).getSingleResult();
    }
}
