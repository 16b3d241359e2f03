package tw.netzero.portal.domain.model.credit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/** A serial is claimed once per registry (decision 0037): the boundaries of the overlap rule. */
class SerialRangeTest {

    private static final SerialRange RECORDED = new SerialRange(1_001, 2_000);
    private static final List<SerialRange.RecordedBlock> VERRA_BLOCK =
            List.of(new SerialRange.RecordedBlock(CreditRegistry.VERRA, RECORDED));

    @Test
    void allowsARangeThatEndsJustBeforeTheRecordedOne() {
        assertDoesNotThrow(() -> new SerialRange(1, 1_000).requireUnclaimed(CreditRegistry.VERRA, VERRA_BLOCK));
    }

    @Test
    void allowsARangeThatStartsJustAfterTheRecordedOne() {
        assertDoesNotThrow(() -> new SerialRange(2_001, 3_000).requireUnclaimed(CreditRegistry.VERRA, VERRA_BLOCK));
    }

    @Test
    void refusesARangeSharingOnlyTheRecordedFirstSerial() {
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class,
                () -> new SerialRange(1, 1_001).requireUnclaimed(CreditRegistry.VERRA, VERRA_BLOCK));
        assertEquals("serialFirst", refused.field());
        assertEquals("credit.serialOverlap", refused.messageKey());
        assertEquals(List.of(1_001L, 2_000L), refused.arguments());
    }

    @Test
    void refusesARangeSharingOnlyTheRecordedLastSerial() {
        assertThrows(FieldRuleViolation.class,
                () -> new SerialRange(2_000, 2_500).requireUnclaimed(CreditRegistry.VERRA, VERRA_BLOCK));
    }

    @Test
    void refusesARangeInsideOrAroundTheRecordedOne() {
        assertThrows(FieldRuleViolation.class,
                () -> new SerialRange(1_500, 1_500).requireUnclaimed(CreditRegistry.VERRA, VERRA_BLOCK));
        assertThrows(FieldRuleViolation.class,
                () -> new SerialRange(1, 5_000).requireUnclaimed(CreditRegistry.VERRA, VERRA_BLOCK));
    }

    @Test
    void allowsTheSameSerialsInAnotherRegistry() {
        assertDoesNotThrow(() -> RECORDED.requireUnclaimed(CreditRegistry.GOLD_STANDARD, VERRA_BLOCK));
    }

    @Test
    void overlapIsSymmetric() {
        SerialRange one = new SerialRange(10, 20);
        SerialRange other = new SerialRange(20, 30);
        assertTrue(one.overlaps(other));
        assertTrue(other.overlaps(one));
        assertFalse(one.overlaps(new SerialRange(21, 30)));
    }

    @Test
    void aRangeRetiresOneTonnePerSerial() {
        assertEquals(1_000, RECORDED.count());
        assertEquals(new BigDecimal("1"), new SerialRange(7, 7).tonnes());
    }

    @Test
    void refusesALastSerialBeforeTheFirst() {
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> new SerialRange(10, 9));
        assertEquals("serialLast", refused.field());
    }

    @Test
    void refusesSerialZero() {
        assertEquals("serialFirst", assertThrows(FieldRuleViolation.class, () -> new SerialRange(0, 9)).field());
    }
}
