package tw.netzero.portal.domain.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.registry.Reconciliation.Outcome;
import tw.netzero.portal.domain.model.shared.Emissions;

/** Issue 17, item 2: flagged when filed scope 1 + 2 differs from the registered figure by more than 5 %. */
class ReconciliationTest {

    private static final Emissions REGISTERED = Emissions.of("100000");

    private static Reconciliation filed(String tonnes) {
        return new Reconciliation(Optional.of(Emissions.of(tonnes)), REGISTERED);
    }

    @Test
    void exactlyFivePerCentEitherWayIsWithinTolerance() {
        assertEquals(Outcome.WITHIN_TOLERANCE, filed("105000").outcome());
        assertEquals(Outcome.WITHIN_TOLERANCE, filed("95000").outcome());
    }

    @Test
    void oneKilogramBeyondFivePerCentIsFlagged() {
        assertTrue(filed("105000.001").flagged());
        assertTrue(filed("94999.999").flagged());
    }

    @Test
    void theDifferenceIsStatedInPerCentOfTheRegisteredFigure() {
        assertEquals(new BigDecimal("5.0"), filed("105000.001").differencePercent().orElseThrow());
        assertEquals(new BigDecimal("-7.5"), filed("92500").differencePercent().orElseThrow());
    }

    @Test
    void withoutAnAcceptedFilingThereIsNothingToFlag() {
        Reconciliation none = new Reconciliation(Optional.empty(), REGISTERED);
        assertEquals(Outcome.NO_ACCEPTED_FILING, none.outcome());
        assertFalse(none.flagged());
        assertTrue(none.differencePercent().isEmpty());
    }

    @Test
    void anyFiledEmissionsAgainstAZeroRegistrationAreFlagged() {
        assertTrue(new Reconciliation(Optional.of(Emissions.of("0.001")), Emissions.ZERO).flagged());
        assertFalse(new Reconciliation(Optional.of(Emissions.ZERO), Emissions.ZERO).flagged());
    }
}
