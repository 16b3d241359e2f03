package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

class CommitmentWindowTest {

    private static final LocalDate JOINED = LocalDate.of(2022, 6, 20);
    private static final CommitmentWindow WINDOW = new CommitmentWindow(JOINED, null);

    @Test
    void theDayTwentyFourMonthsAfterCommitmentIsStillWithinTheWindow() {
        assertEquals(LocalDate.of(2024, 6, 20), WINDOW.deadline());
        assertEquals(CommitmentStanding.WITHIN, WINDOW.standing(false, LocalDate.of(2024, 6, 20)));
        assertEquals(CommitmentStanding.WITHIN, WINDOW.standing(false, JOINED));
    }

    @Test
    void theNextDayTheCommitmentHasLapsed() {
        assertEquals(CommitmentStanding.LAPSED, WINDOW.standing(false, LocalDate.of(2024, 6, 21)));
        assertEquals(CommitmentStanding.LAPSED, WINDOW.standing(false, LocalDate.of(2026, 12, 4)));
    }

    @Test
    void aCommitmentOnTheLastDayOfFebruaryEndsOnTheLastDayOfFebruary() {
        CommitmentWindow leap = new CommitmentWindow(LocalDate.of(2024, 2, 29), null);
        assertEquals(LocalDate.of(2026, 2, 28), leap.deadline());
        assertEquals(CommitmentStanding.LAPSED, leap.standing(false, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void anApprovedPledgeEndsTheQuestion() {
        assertEquals(CommitmentStanding.FULFILLED, WINDOW.standing(true, LocalDate.of(2030, 1, 1)));
        assertEquals(CommitmentStanding.FULFILLED, WINDOW.standing(true, JOINED));
    }

    @Test
    void anExtensionMovesTheDeadlineToTheDateTheSecretariatSets() {
        CommitmentWindow extended = WINDOW.extendTo(LocalDate.of(2027, 3, 31), "Targets with SBTi for validation",
                LocalDate.of(2026, 12, 4));
        assertEquals(LocalDate.of(2027, 3, 31), extended.deadline());
        assertEquals(LocalDate.of(2024, 6, 20), extended.ordinaryDeadline());
        assertEquals(CommitmentStanding.EXTENDED, extended.standing(false, LocalDate.of(2026, 12, 4)));
        assertEquals(CommitmentStanding.EXTENDED, extended.standing(false, LocalDate.of(2027, 3, 31)));
        assertEquals(CommitmentStanding.LAPSED, extended.standing(false, LocalDate.of(2027, 4, 1)));
        assertEquals(CommitmentStanding.FULFILLED, extended.standing(true, LocalDate.of(2027, 4, 1)));
    }

    @Test
    void anExtensionRecordedEarlyShowsOnlyOnceTheOrdinaryWindowIsOver() {
        CommitmentWindow extended = WINDOW.extendTo(LocalDate.of(2024, 12, 31), "Merger", LocalDate.of(2024, 5, 1));
        assertEquals(CommitmentStanding.WITHIN, extended.standing(false, LocalDate.of(2024, 6, 20)));
        assertEquals(CommitmentStanding.EXTENDED, extended.standing(false, LocalDate.of(2024, 6, 21)));
    }

    @Test
    void refusesAnExtensionWithoutAReason() {
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class,
                () -> WINDOW.extendTo(LocalDate.of(2027, 3, 31), "  ", LocalDate.of(2026, 12, 4)));
        assertEquals("reason", refused.field());
        assertEquals("commitment.extension.reasonRequired", refused.messageKey());
        assertThrows(FieldRuleViolation.class, () -> WINDOW.extendTo(LocalDate.of(2027, 3, 31), null, LocalDate.of(2026, 12, 4)));
    }

    @Test
    void refusesAnExtensionToAPastDate() {
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class,
                () -> WINDOW.extendTo(LocalDate.of(2026, 12, 3), "Reason", LocalDate.of(2026, 12, 4)));
        assertEquals("extendedTo", refused.field());
        assertEquals("commitment.extension.dateInPast", refused.messageKey());
        assertEquals(CommitmentStanding.EXTENDED, WINDOW.extendTo(LocalDate.of(2026, 12, 4), "Reason",
                LocalDate.of(2026, 12, 4)).standing(false, LocalDate.of(2026, 12, 4)));
    }

    @Test
    void refusesAnExtensionThatEndsBeforeTheOrdinaryWindowDoes() {
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class,
                () -> WINDOW.extendTo(LocalDate.of(2024, 6, 20), "Reason", LocalDate.of(2024, 1, 1)));
        assertEquals("commitment.extension.notLater", refused.messageKey());
        assertEquals("extendedTo", refused.field());
    }

    @Test
    void refusesAnExtensionWithoutADate() {
        assertEquals("commitment.extension.dateRequired", assertThrows(FieldRuleViolation.class,
                () -> WINDOW.extendTo(null, "Reason", LocalDate.of(2024, 1, 1))).messageKey());
    }
}
