package tw.netzero.portal.application.solutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.netzero.portal.testing.CallParticipants.content;

import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.RecordAccessDenied;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.domain.model.solutions.Challenge;
import tw.netzero.portal.domain.model.solutions.ChallengeContent;
import tw.netzero.portal.domain.model.solutions.ChallengeProposal;
import tw.netzero.portal.domain.model.solutions.ChallengeStatus;
import tw.netzero.portal.domain.model.solutions.Proposal;
import tw.netzero.portal.testing.TwoCompanies;

/**
 * Members' challenges inside Payara on MariaDB (issue 16, items 2 and 6; decision 0044): a member posts
 * under an open call, the secretariat approves or declines, the public and providers see the approved
 * ones only, a provider addresses a proposal to one, and the company reads the proposals to its own
 * challenge after the deadline — never before, never another company's.
 */
class ChallengesIT extends OpenCallTest {

    ChallengesIT() {
        super(3);
    }

    @Deployment
    static WebArchive deployment() {
        return deployment("challenges-it");
    }

    private static ChallengeContent coolingWater(String tonnes) {
        return new ChallengeContent("Cooling water pumps", "Electric pumps of the cooling towers", "Linhai plant",
                Scope.SCOPE_2, new BigDecimal(tonnes), "Cut the pumps' electricity use by a fifth",
                "Metered pump power for 2025, by the quarter hour");
    }

    @Test
    void aChallengeIsPublicAndOpenToProposalsOnlyOnceApproved() throws Exception {
        signInAs(TwoCompanies.MEMBER_A);
        Challenge posted = challenges.post(callId, coolingWater("4200"));
        assertEquals(ChallengeStatus.PENDING, posted.status());
        Challenge declinedOne = challenges.post(callId, coolingWater("10"));

        signInAs(null);
        assertTrue(challenges.openChallenges().isEmpty(), "not public while pending");
        signInAs(PROVIDER);
        assertEquals("proposal.challenge.notOpen", assertThrows(FieldRuleViolation.class,
                () -> proposals.submit(callId, posted.id(), content("Pump drives", "800"))).messageKey());

        signInAs(TwoCompanies.REVIEWER);
        List<ListedChallenge> listed = challenges.challengesOfCall(callId);
        assertEquals(List.of(posted.id(), declinedOne.id()), listed.stream().map(ListedChallenge::id).toList());
        assertEquals("Company A", listed.get(0).companyNameEn());
        assertEquals("reason", assertThrows(FieldRuleViolation.class,
                () -> challenges.decline(declinedOne.id(), " ", declinedOne.version())).field());
        challenges.decline(declinedOne.id(), "Already covered by the city's programme", declinedOne.version());
        Challenge approved = challenges.approve(posted.id(), posted.version());
        assertEquals("challenge.notPending", assertThrows(DomainRuleViolation.class,
                () -> challenges.approve(declinedOne.id(), declinedOne.version() + 1)).messageKey());
        assertEquals("concurrentChange", assertThrows(DomainRuleViolation.class,
                () -> challenges.approve(posted.id(), posted.version())).messageKey(), "decided since it was read");

        signInAs(null);
        assertEquals(List.of(posted.id()), challenges.openChallenges().stream().map(ListedChallenge::id).toList());
        signInAs(PROVIDER);
        Proposal addressed = proposals.submit(callId, approved.id(), content("Variable-speed pump drives", "900"));
        assertEquals(approved.id(), addressed.challengeId());

        signInAs(TwoCompanies.MEMBER_A);
        List<OwnChallenge> own = challenges.ownChallenges();
        assertEquals(2, own.size());
        OwnChallenge declined = own.stream().filter(o -> o.challenge().id() == declinedOne.id()).findFirst()
                .orElseThrow();
        assertEquals("Already covered by the city's programme", declined.challenge().declineReason());
        for (String action : List.of("CHALLENGE_POSTED", "CHALLENGE_APPROVED", "CHALLENGE_DECLINED")) {
            assertTrue(auditCount(action) > 0, action + " is audited");
        }
    }

    @Test
    void theCompanyReadsTheProposalsToItsChallengeOnlyAfterTheDeadlineAndNoOtherCompanyEver() throws Exception {
        signInAs(TwoCompanies.MEMBER_A);
        Challenge posted = challenges.post(callId, coolingWater("4200"));
        signInAs(TwoCompanies.REVIEWER);
        challenges.approve(posted.id(), posted.version());
        signInAs(PROVIDER);
        Proposal addressed = proposals.submit(callId, posted.id(), content("Variable-speed pump drives", "900"));
        Proposal withdrawn = proposals.submit(callId, posted.id(), content("Second thoughts", "5"));
        proposals.withdraw(withdrawn.id());
        proposals.submit(callId, content("To the call as a whole", "50"));

        signInAs(TwoCompanies.MEMBER_A);
        assertEquals("challenge.proposals.notYet", assertThrows(DomainRuleViolation.class,
                () -> challenges.proposalsTo(posted.id())).messageKey(), "providers may still change them");
        OwnChallenge before = challenges.ownChallenges().get(0);
        assertFalse(before.proposalsShown());
        assertTrue(before.proposals().isEmpty());

        participants.close(callId);
        List<ChallengeProposal> shown = challenges.proposalsTo(posted.id());
        assertEquals(List.of(addressed.id()), shown.stream().map(ChallengeProposal::proposalId).toList(),
                "submitted proposals to this challenge only");
        assertEquals("Port Heat Recovery", shown.get(0).organisation());
        assertEquals(new BigDecimal("900.000"), shown.get(0).expectedReductionPerYear().tonnes());
        assertTrue(challenges.ownChallenges().get(0).proposalsShown());

        signInAs(TwoCompanies.ADMIN_B);
        assertThrows(RecordAccessDenied.class, () -> challenges.proposalsTo(posted.id()), "another company's");
        assertTrue(challenges.ownChallenges().isEmpty());
        assertEquals("call.deadlinePassed", assertThrows(DomainRuleViolation.class,
                () -> challenges.post(callId, coolingWater("1"))).messageKey(), "only under an open call");
    }
}
