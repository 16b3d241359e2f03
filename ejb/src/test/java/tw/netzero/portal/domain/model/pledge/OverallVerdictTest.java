package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.absolute;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.inventory;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The one overall statement of a pre-check (issue 20, feature 2): consistent and aligned, or not consistent. */
class OverallVerdictTest {

    private static final LocalDate V5 = LocalDate.of(2023, 3, 1);

    private static PreCheckResult check(int baseYear, int targetYear, String reduction, LocalDate submittedOn) {
        return new PreCheck().check(new PledgeTerms(inventory(Year.of(baseYear)), absolute(targetYear, reduction), null,
                null), submittedOn);
    }

    @Test
    void aPledgeMeetingEveryRuleIsConsistentAtItsNearTermAlignment() {
        PreCheckResult check = check(2020, 2030, "41.5", V5);
        assertTrue(check.consistentWithSbtiCriteria(), check.toString());
        OverallVerdict verdict = check.overall();
        assertTrue(verdict.consistent());
        assertEquals(Alignment.ONE_POINT_FIVE_C, verdict.alignment());
        assertEquals("pledge.precheck.overall.consistent.ONE_POINT_FIVE_C", verdict.messageKey());
    }

    @Test
    void aOnePointFiveTargetInAPledgeThatBreaksARuleIsNotConsistentAndNamesNoAlignment() {
        // 60 % from 2020 by 2034 is 4.3 %/yr (1.5 °C), but 11 years after a submission in 2023 breaks v5's 5-10 years.
        PreCheckResult check = check(2020, 2034, "60", LocalDate.of(2023, 6, 1));
        assertEquals(Alignment.ONE_POINT_FIVE_C, check.alignment(), "the target alone is 1.5 °C-aligned");
        OverallVerdict verdict = check.overall();
        assertFalse(verdict.consistent());
        assertNull(verdict.alignment());
        assertEquals(1, verdict.rulesNotMet(), "exactly the timeframe rule");
        assertEquals(OverallVerdict.NOT_CONSISTENT_KEY, verdict.messageKey());
    }

    @Test
    void countsEveryFailedRuleOfTheTargetsAndThePledge() {
        // Below well-below 2 °C as well as outside the timeframe: two rules not met.
        OverallVerdict verdict = check(2020, 2034, "20", LocalDate.of(2023, 6, 1)).overall();
        assertEquals(2, verdict.rulesNotMet());
    }

    @Test
    void refusesAStatementThatContradictsItself() {
        assertThrows(IllegalArgumentException.class, () -> new OverallVerdict(Alignment.ONE_POINT_FIVE_C, 1));
        assertThrows(IllegalArgumentException.class, () -> new OverallVerdict(null, 0));
        assertThrows(IllegalArgumentException.class, () -> new OverallVerdict(null, -1));
    }
}
