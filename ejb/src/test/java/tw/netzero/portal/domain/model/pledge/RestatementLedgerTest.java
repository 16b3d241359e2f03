package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;

class RestatementLedgerTest {

    private final RestatementLedger ledger = new RestatementLedger(Emissions.of("100000"));

    @Test
    void noRestatementMeansNoChange() {
        assertEquals(new BigDecimal("0.00"), ledger.cumulativeChange());
        assertFalse(ledger.requiresResubmission());
        assertEquals(Emissions.of("100000"), ledger.currentBaseTotal());
    }

    @ParameterizedTest
    @CsvSource({"105000, 5.00, true", "104990, 4.99, false", "104999.999, 4.99, false", "95000, 5.00, true"})
    void aFivePercentChangeRequiresResubmission(String newTotal, String change, boolean resubmit) {
        ledger.record(restatement("100000", newTotal));
        assertEquals(new BigDecimal(change), ledger.cumulativeChange());
        assertEquals(resubmit, ledger.requiresResubmission());
    }

    @Test
    void addsUpSmallChangesRelativeToTheOriginalTotal() {
        ledger.record(restatement("100000", "103000"));
        assertFalse(ledger.requiresResubmission());
        ledger.record(restatement("103000", "105000"));
        assertEquals(new BigDecimal("5.00"), ledger.cumulativeChange());
        assertTrue(ledger.requiresResubmission());
        assertEquals(Emissions.of("105000"), ledger.currentBaseTotal());
    }

    @Test
    void changesThatCancelOutStillCount() {
        ledger.record(restatement("100000", "103000"));
        ledger.record(restatement("103000", "100500"));
        assertEquals(new BigDecimal("5.50"), ledger.cumulativeChange());
        assertTrue(ledger.requiresResubmission());
    }

    @Test
    void refusesARestatementThatDoesNotStartFromTheCurrentTotal() {
        assertEquals("filing.restatement.notChained", assertThrows(DomainRuleViolation.class,
                () -> ledger.record(restatement("99000", "101000"))).messageKey());
    }

    @Test
    void needsAnOriginalTotalAboveZero() {
        assertEquals("filing.restatement.zeroOriginalTotal", assertThrows(DomainRuleViolation.class,
                () -> new RestatementLedger(Emissions.ZERO)).messageKey());
    }

    private static BaseYearRestatement restatement(String oldTotal, String newTotal) {
        return new BaseYearRestatement(RestatementReason.STRUCTURAL_CHANGE, Emissions.of(oldTotal), Emissions.of(newTotal));
    }
}
