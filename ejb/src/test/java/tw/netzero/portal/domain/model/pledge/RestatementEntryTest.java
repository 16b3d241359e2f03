package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
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

    @Test
    void waitsPrivatelyUntilTheSecretariatAcceptsIt() {
        RestatementEntry entry = new RestatementEntry(1, RESTATEMENT, "Error", "member@a.tw", NOW);
        assertEquals(RestatementStatus.SUBMITTED, entry.status());
        assertTrue(entry.isPrivate());
        entry.accept("reviewer@secretariat.tw", null, NOW.plusSeconds(60));
        assertEquals(RestatementStatus.ACCEPTED, entry.status());
        assertFalse(entry.isPrivate());
        assertEquals("reviewer@secretariat.tw", entry.reviewer());
        assertEquals("restatement.workflow.illegalMove", assertThrows(DomainRuleViolation.class,
                () -> entry.returnForRevision("reviewer@secretariat.tw", "Too late", NOW)).messageKey());
    }

    @Test
    void isReturnedOnlyWithACommentAndStaysPrivate() {
        RestatementEntry entry = new RestatementEntry(1, RESTATEMENT, "Error", "member@a.tw", NOW);
        assertEquals("restatement.workflow.commentRequired", assertThrows(DomainRuleViolation.class,
                () -> entry.returnForRevision("reviewer@secretariat.tw", " ", NOW)).messageKey());
        assertEquals(RestatementStatus.SUBMITTED, entry.status());
        entry.returnForRevision("reviewer@secretariat.tw", "Attach the records", NOW);
        assertEquals(RestatementStatus.RETURNED, entry.status());
        assertEquals("Attach the records", entry.reviewComment());
        assertTrue(entry.isPrivate());
    }
}
