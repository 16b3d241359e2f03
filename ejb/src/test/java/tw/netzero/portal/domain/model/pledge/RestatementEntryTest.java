package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.filing.BaseYearRestatement;
import tw.netzero.portal.domain.model.filing.RestatementReason;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

class RestatementEntryTest {

    private static final BaseYearRestatement RESTATEMENT = new BaseYearRestatement(RestatementReason.ERROR,
            Emissions.of("100000"), Emissions.of("103000"));
    private static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");

    @Test
    void keepsAnExplanationUpToTheColumnLength() {
        String atLimit = "e".repeat(RestatementEntry.EXPLANATION_MAX);
        assertEquals(atLimit, new RestatementEntry(1, RESTATEMENT, " " + atLimit + "\n", "member@a.tw", NOW).explanation());
    }

    @Test
    void refusesALongerExplanationAtItsFieldRatherThanCuttingIt() {
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> new RestatementEntry(1, RESTATEMENT,
                "e".repeat(10_000), "member@a.tw", NOW));
        assertEquals("explanation", refused.field());
        assertEquals("restatement.explanationSize", refused.messageKey());
    }
}
