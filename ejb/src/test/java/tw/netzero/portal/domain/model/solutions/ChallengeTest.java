package tw.netzero.portal.domain.model.solutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.netzero.portal.domain.model.solutions.CallExamples.CLOSES_UTC;
import static tw.netzero.portal.domain.model.solutions.CallExamples.OPENS_UTC;
import static tw.netzero.portal.domain.model.solutions.CallExamples.content;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.Scope;

class ChallengeTest {

    private static final long STEEL_MILL = 7L;
    private static final long PETROCHEMICALS = 8L;
    private static final String REVIEWER = "reviewer@secretariat.example";
    private static final Instant DURING = OPENS_UTC.plusSeconds(3600);

    private final CallForSolutions call = CallExamples.call(1L);

    static ChallengeContent sinterPlant() {
        return new ChallengeContent("Waste heat of the sinter plant", "Sinter plant exhaust gas, 300 °C",
                "Xiaogang works", Scope.SCOPE_1, new BigDecimal("180000"),
                "Recover at least 30 % of the exhaust heat as power or steam on site",
                "Hourly exhaust temperature and flow for 2025");
    }

    private Challenge posted() {
        return CallExamples.withId(Challenge.post(call, STEEL_MILL, sinterPlant(), "member@steel.example", DURING), 40L);
    }

    @Test
    void isPostedOnlyUnderAnOpenCall() {
        assertEquals("call.notYetOpen", assertThrows(DomainRuleViolation.class, () -> Challenge.post(call, STEEL_MILL,
                sinterPlant(), "member@steel.example", OPENS_UTC.minusSeconds(1))).messageKey());
        assertEquals("call.deadlinePassed", assertThrows(DomainRuleViolation.class, () -> Challenge.post(call,
                STEEL_MILL, sinterPlant(), "member@steel.example", CLOSES_UTC)).messageKey());
        Challenge challenge = Challenge.post(call, STEEL_MILL, sinterPlant(), "member@steel.example", OPENS_UTC);
        assertEquals(ChallengeStatus.PENDING, challenge.status());
        assertEquals(new BigDecimal("180000.000"), challenge.tonnesPerYear().tonnes());
        assertEquals(Scope.SCOPE_1, challenge.scope());
    }

    @Test
    void isApprovedOnceFromPendingWhileTheCallIsOpen() {
        Challenge challenge = posted();
        challenge.approve(call, REVIEWER, DURING);
        assertTrue(challenge.isApproved());
        assertEquals(REVIEWER, challenge.decidedBy());
        assertEquals("challenge.notPending", assertThrows(DomainRuleViolation.class,
                () -> challenge.decline(call, REVIEWER, "Changed our mind", DURING)).messageKey());
        assertTrue(challenge.isApproved(), "an approved challenge stays public");
    }

    @Test
    void isNotDecidedAfterTheDeadline() {
        Challenge challenge = posted();
        assertEquals("call.deadlinePassed", assertThrows(DomainRuleViolation.class,
                () -> challenge.approve(call, REVIEWER, CLOSES_UTC)).messageKey());
        assertTrue(challenge.isPending());
    }

    @Test
    void isDeclinedOnlyWithAReasonAndThenStaysPrivate() {
        Challenge challenge = posted();
        assertEquals("reason", assertThrows(FieldRuleViolation.class,
                () -> challenge.decline(call, REVIEWER, "  ", DURING)).field());
        assertEquals("reason", assertThrows(FieldRuleViolation.class,
                () -> challenge.decline(call, REVIEWER, "x".repeat(Challenge.REASON_MAX + 1), DURING)).field());
        assertTrue(challenge.isPending());
        challenge.decline(call, REVIEWER, " A company-internal matter, not a call topic ", DURING);
        assertEquals(ChallengeStatus.DECLINED, challenge.status());
        assertEquals("A company-internal matter, not a call topic", challenge.declineReason());
        assertEquals("challenge.notPending", assertThrows(DomainRuleViolation.class,
                () -> challenge.approve(call, REVIEWER, DURING)).messageKey());
    }

    @Test
    void aProposalAddressesOnlyAnApprovedChallengeOfItsOwnCall() {
        Challenge challenge = posted();
        assertEquals("challenge", assertThrows(FieldRuleViolation.class,
                () -> Proposal.submit(call, challenge, 9L, content("100"), DURING)).field(), "still pending");
        challenge.approve(call, REVIEWER, DURING);
        Proposal addressed = Proposal.submit(call, challenge, 9L, content("100"), DURING);
        assertEquals(40L, addressed.challengeId());
        assertNull(Proposal.submit(call, 9L, content("100"), DURING).challengeId(), "the call as a whole");

        CallForSolutions otherCall = CallExamples.call(2L);
        assertEquals("proposal.challenge.notOpen", assertThrows(FieldRuleViolation.class,
                () -> Proposal.submit(otherCall, challenge, 9L, content("100"), DURING)).messageKey());
    }

    @Test
    void theCompanySeesTheProposalsOnlyFromTheDeadlineAndNoOtherCompanyEver() {
        Challenge challenge = posted();
        assertFalse(challenge.showsProposalsTo(STEEL_MILL, call, DURING), "proposals may still change");
        assertFalse(challenge.showsProposalsTo(STEEL_MILL, call, CLOSES_UTC.minusSeconds(1)));
        assertTrue(challenge.showsProposalsTo(STEEL_MILL, call, CLOSES_UTC), "from the deadline second");
        assertFalse(challenge.showsProposalsTo(PETROCHEMICALS, call, CLOSES_UTC), "never another company");

        Proposal proposal = CallExamples.proposal(call, 50L);
        call.publishResults(List.of(proposal), Set.of(50L), Set.of(50L), CLOSES_UTC.plusSeconds(60));
        assertTrue(challenge.showsProposalsTo(STEEL_MILL, call, CLOSES_UTC.plusSeconds(120)), "and after publishing");
        assertFalse(challenge.showsProposalsTo(PETROCHEMICALS, call, CLOSES_UTC.plusSeconds(120)));
    }
}
