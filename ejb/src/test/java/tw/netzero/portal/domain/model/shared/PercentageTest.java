package tw.netzero.portal.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PercentageTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.01", "42.5", "99.99", "100"})
    void acceptsZeroToHundred(String value) {
        assertEquals(0, new BigDecimal(value).compareTo(Percentage.of(value).value()));
        assertEquals(Percentage.SCALE, Percentage.of(value).value().scale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100.01", "-100", "250"})
    void rejectsPercentagesOutsideZeroToHundred(String value) {
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> Percentage.of(value));
        assertEquals("percentage.outOfRange", refused.messageKey());
    }

    @Test
    void givesRatioAndComplement() {
        assertEquals(new BigDecimal("0.1250"), Percentage.of("12.5").ratio());
        assertEquals(Percentage.of("87.5"), Percentage.of("12.5").complement());
    }

    @Test
    void truncatesAShareSoItNeverReachesAThresholdItMisses() {
        assertEquals(Percentage.of("39.99"), Percentage.ofShare(new BigDecimal("39.999"), new BigDecimal("100")));
        assertEquals(Percentage.of("40"), Percentage.ofShare(new BigDecimal("40"), new BigDecimal("100")));
        assertEquals(Percentage.ZERO, Percentage.ofShare(BigDecimal.ZERO, BigDecimal.ZERO));
    }

    @Test
    void comparesByValue() {
        assertTrue(Percentage.of("95").isAtLeast(Percentage.of("95.00")));
        assertTrue(Percentage.of("94.99").compareTo(Percentage.of("95")) < 0);
    }
}
