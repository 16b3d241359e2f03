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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/** Pilots of the winners (decision 0047): who is matched when, and the state machine of the member's reports. */
class PilotTest {

    private static final long STEEL_MILL = 7L;
    private static final String REVIEWER = "reviewer@secretariat.example";
    private static final String MEMBER = "member@steel.example";
    private static final Instant DURING = OPENS_UTC.plusSeconds(3600);
    private static final Instant JUDGING = CLOSES_UTC.plus(Duration.ofDays(5));
    /** Results out ten days after the deadline: 10 July 2026. */
    private static final Instant PUBLISHED = CLOSES_UTC.plus(Duration.ofDays(10));
    /** The pilot starts running on 1 August 2026, 10:00 in Taipei. */
    private static final Instant STARTED = Instant.parse("2026-08-01T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final CallForSolutions call = CallExamples.call(1L);
    private final Challenge challenge = approvedChallenge();
    private final Proposal toChallenge = CallExamples.withId(Proposal.submit(call, challenge, 900L, content("4200"), DURING), 21L);
    private final Proposal toCall = CallExamples.withId(Proposal.submit(call, 901L, content("800"), DURING), 22L);
    private final Proposal shortlisted = CallExamples.withId(Proposal.submit(call, challenge, 902L, content("100"), DURING), 23L);

    private Challenge approvedChallenge() {
        Challenge posted = CallExamples.withId(Challenge.post(call, STEEL_MILL, ChallengeTest.sinterPlant(), MEMBER,
                DURING), 40L);
        posted.approve(call, REVIEWER, DURING);
        return posted;
    }

    private void publish() {
        call.publishResults(List.of(toChallenge, toCall, shortlisted), Set.of(21L, 22L, 23L), Set.of(21L, 22L), PUBLISHED);
    }

    private Pilot matched() {
        publish();
        return Pilot.match(call, toChallenge, challenge, REVIEWER, PUBLISHED.plus(Duration.ofDays(1)));
    }

    private Pilot running() {
        Pilot pilot = matched();
        pilot.report(PilotReport.to(PilotStatus.RUNNING), TODAY, MEMBER, STARTED);
        return pilot;
    }

    @Test
    void isMatchedOnlyOnceTheResultsArePublished() {
        assertEquals("pilot.resultsNotPublished", assertThrows(DomainRuleViolation.class,
                () -> Pilot.match(call, toChallenge, challenge, REVIEWER, JUDGING)).messageKey());
        Pilot pilot = matched();
        assertEquals(PilotStatus.PLANNED, pilot.status());
        assertEquals(STEEL_MILL, pilot.companyId(), "the company that posted the challenge runs it");
        assertEquals(21L, pilot.proposalId());
        assertEquals(40L, pilot.challengeId());
        assertTrue(pilot.isRunBy(STEEL_MILL));
        assertFalse(pilot.isRunBy(8L));
    }

    @Test
    void matchesOnlyAWinnerThatAddressesAChallenge() {
        publish();
        Instant later = PUBLISHED.plusSeconds(60);
        assertEquals("pilot.notWinner", assertThrows(DomainRuleViolation.class,
                () -> Pilot.match(call, shortlisted, challenge, REVIEWER, later)).messageKey(), "shortlisted only");
        assertEquals("pilot.noChallenge", assertThrows(DomainRuleViolation.class,
                () -> Pilot.match(call, toCall, null, REVIEWER, later)).messageKey(), "a proposal to the call as a whole");
        CallForSolutions other = CallExamples.call(2L);
        assertThrows(IllegalArgumentException.class, () -> Pilot.match(other, toChallenge, challenge, REVIEWER, later));
    }

    @Test
    void runsFromPlannedAndCompletesWithTheMeasuredReductionItsBasisAndDate() {
        Pilot pilot = running();
        assertEquals(PilotStatus.RUNNING, pilot.status());
        assertEquals(STARTED, pilot.startedAt());
        pilot.report(PilotReport.completed(new BigDecimal("3900.5"), " Metered power of 2026-08 to 2026-11 ",
                LocalDate.of(2026, 11, 30)), TODAY, MEMBER, STARTED.plus(Duration.ofDays(120)));
        assertEquals(PilotStatus.COMPLETED, pilot.status());
        assertEquals(new BigDecimal("3900.500"), pilot.measuredReduction().tonnes());
        assertEquals("Metered power of 2026-08 to 2026-11", pilot.measurementBasis());
        assertEquals(LocalDate.of(2026, 11, 30), pilot.measuredOn());
        assertEquals(MEMBER, pilot.reportedBy());
    }

    @Test
    void completesOnlyWithEveryMeasurementFieldAtItsField() {
        Pilot pilot = running();
        LocalDate on = LocalDate.of(2026, 11, 30);
        assertEquals("measuredReductionTonnesPerYear", assertThrows(FieldRuleViolation.class, () -> pilot.report(
                PilotReport.completed(null, "Metered", on), TODAY, MEMBER, STARTED)).field());
        assertEquals("measurementBasis", assertThrows(FieldRuleViolation.class, () -> pilot.report(
                PilotReport.completed(BigDecimal.TEN, " ", on), TODAY, MEMBER, STARTED)).field());
        assertEquals("measuredOn", assertThrows(FieldRuleViolation.class, () -> pilot.report(
                PilotReport.completed(BigDecimal.TEN, "Metered", null), TODAY, MEMBER, STARTED)).field());
        assertEquals(PilotStatus.RUNNING, pilot.status(), "nothing changed");
        assertNull(pilot.measuredReduction());
    }

    @Test
    void aMeasurementEndsNeitherInTheFutureNorBeforeThePilotStarted() {
        Pilot pilot = running();
        assertEquals("pilot.measuredOn.future", assertThrows(FieldRuleViolation.class, () -> pilot.report(
                PilotReport.completed(BigDecimal.TEN, "Metered", TODAY.plusDays(1)), TODAY, MEMBER, STARTED)).messageKey());
        // Started on 1 August 2026 in Taipei: 31 July is before it, 1 August is the first day allowed.
        assertEquals("pilot.measuredOn.beforeStart", assertThrows(FieldRuleViolation.class, () -> pilot.report(
                PilotReport.completed(BigDecimal.TEN, "Metered", LocalDate.of(2026, 7, 31)), TODAY, MEMBER, STARTED))
                .messageKey());
        pilot.report(PilotReport.completed(BigDecimal.TEN, "Metered", LocalDate.of(2026, 8, 1)), TODAY, MEMBER, STARTED);
        assertEquals(PilotStatus.COMPLETED, pilot.status());
    }

    @Test
    void aPlannedPilotCannotCompleteWithoutRunning() {
        Pilot pilot = matched();
        assertEquals("pilot.status.notNext", assertThrows(FieldRuleViolation.class, () -> pilot.report(
                PilotReport.completed(BigDecimal.TEN, "Metered", TODAY), TODAY, MEMBER, STARTED)).messageKey());
        assertEquals("status", assertThrows(FieldRuleViolation.class,
                () -> pilot.report(PilotReport.to(null), TODAY, MEMBER, STARTED)).field());
        assertEquals("status", assertThrows(FieldRuleViolation.class,
                () -> pilot.report(PilotReport.to(PilotStatus.PLANNED), TODAY, MEMBER, STARTED)).field(), "no move to itself");
        assertEquals(PilotStatus.PLANNED, pilot.status());
    }

    @Test
    void isStoppedFromPlannedOrRunningOnlyWithAReason() {
        Pilot planned = matched();
        assertEquals("stopReason", assertThrows(FieldRuleViolation.class,
                () -> planned.report(PilotReport.stopped(" "), TODAY, MEMBER, STARTED)).field());
        planned.report(PilotReport.stopped(" The plant's shutdown was postponed "), TODAY, MEMBER, STARTED);
        assertEquals(PilotStatus.STOPPED, planned.status());
        assertEquals("The plant's shutdown was postponed", planned.stopReason());

        Pilot running = CallExamples.withId(Pilot.match(call, toChallenge, challenge, REVIEWER, STARTED), 2L);
        running.report(PilotReport.to(PilotStatus.RUNNING), TODAY, MEMBER, STARTED);
        running.report(PilotReport.stopped("Vibration at the fan"), TODAY, MEMBER, STARTED.plusSeconds(60));
        assertEquals(PilotStatus.STOPPED, running.status());
    }

    @Test
    void completedAndStoppedAreFinal() {
        Pilot completed = running();
        completed.report(PilotReport.completed(BigDecimal.TEN, "Metered", TODAY), TODAY, MEMBER, STARTED);
        assertEquals("pilot.status.final", assertThrows(DomainRuleViolation.class, () -> completed.report(
                PilotReport.stopped("Too late"), TODAY, MEMBER, STARTED)).messageKey());
        assertTrue(PilotStatus.COMPLETED.isFinal());
        assertTrue(PilotStatus.STOPPED.isFinal());
        assertEquals(Set.of(PilotStatus.RUNNING, PilotStatus.STOPPED), PilotStatus.PLANNED.next());
        assertEquals(Set.of(PilotStatus.COMPLETED, PilotStatus.STOPPED), PilotStatus.RUNNING.next());
    }
}
