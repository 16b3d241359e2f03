package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/** The portal's 50 % plausibility gate on a restatement (issue 20, defect 14; decision 0033). */
class BaseYearRestatementTest {

    private static BaseYearRestatement from100000To(String newTotal) {
        return new BaseYearRestatement(RestatementReason.ERROR, Emissions.of("100000"), Emissions.of(newTotal));
    }

    @Test
    void exactlyHalfUpOrDownIsStillPlausible() {
        assertFalse(from100000To("50000").isImplausible());
        assertFalse(from100000To("150000").isImplausible());
        assertDoesNotThrow(() -> from100000To("50000").requireEvidence(0));
    }

    @Test
    void aKilogramMoreThanHalfIsImplausibleEitherWay() {
        assertTrue(from100000To("49999.999").isImplausible());
        assertTrue(from100000To("150000.001").isImplausible());
    }

    @Test
    void theDefectsDropFrom4630000To12TonnesNeedsEvidence() {
        BaseYearRestatement typo = new BaseYearRestatement(RestatementReason.ERROR, Emissions.of("4630000"),
                Emissions.of("12"));
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> typo.requireEvidence(0));
        assertEquals("evidence", refused.field());
        assertEquals("restatement.evidenceRequired", refused.messageKey());
        assertDoesNotThrow(() -> typo.requireEvidence(1));
    }

    @Test
    void aSmallChangeNeedsNoEvidence() {
        assertDoesNotThrow(() -> from100000To("103000").requireEvidence(0));
    }
}
