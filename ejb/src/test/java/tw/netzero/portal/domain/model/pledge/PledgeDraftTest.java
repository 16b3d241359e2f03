package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

class PledgeDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void anEmptyDraftIsConsistentButIncomplete() {
        PledgeDraft draft = new PledgeDraft();
        draft.requireConsistent(TODAY);
        assertFalse(draft.isComplete());
        DomainRuleViolation incomplete = assertThrows(DomainRuleViolation.class, () -> draft.toTerms(TODAY));
        assertEquals("pledge.incomplete", incomplete.messageKey());
        assertEquals("baseYear", incomplete.arguments().get(0));
    }

    @Test
    void refusesABaseYearInTheFutureAtItsField() {
        PledgeDraft draft = PledgeExamples.draft().baseYear(2027).build();
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> draft.requireConsistent(TODAY));
        assertEquals("baseYear", refused.field());
        assertEquals("pledge.baseYear.inFuture", refused.messageKey());
    }

    @Test
    void refusesATargetYearNotAfterTheBaseYearAtItsField() {
        PledgeDraft draft = PledgeExamples.draft().baseYear(2020).build();
        nearTarget(draft, 2020);
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> draft.requireConsistent(TODAY));
        assertEquals("nearTargetYear", refused.field());
        nearTarget(draft, 2021);
        draft.requireConsistent(TODAY);
    }

    @Test
    void refusesALongTermYearNotAfterTheNearTermButKeepsANetZeroYearBeforeTheLastTarget() {
        PledgeDraft draft = PledgeExamples.draft().baseYear(2020).build();
        nearTarget(draft, 2030);
        longTarget(draft, 2030);
        assertEquals("longTargetYear",
                assertThrows(FieldRuleViolation.class, () -> draft.requireConsistent(TODAY)).field());
        longTarget(draft, 2045);
        PledgeExamples.draftFrom(draft).netZeroYear(2044).build().requireConsistent(TODAY);
        PledgeExamples.draftFrom(draft).netZeroYear(2045).build().requireConsistent(TODAY);
    }

    @Test
    void aCompleteDraftBecomesTermsAndACopyIsIndependent() {
        PledgeDraft draft = PledgeExamples.completeDraft();
        assertTrue(draft.isComplete());
        assertEquals(0, new BigDecimal("1200000").compareTo(draft.toTerms(TODAY).inventory().total().tonnes()));

        PledgeDraft copy = draft.copy();
        copy.removeTarget(0);
        assertEquals(2, draft.targets().size());
        assertEquals(0, new BigDecimal("800000").compareTo(copy.getScope1()));
    }

    private static void nearTarget(PledgeDraft draft, int year) {
        PledgeExamples.putCombinedTargets(draft, year, "42", null, null);
    }

    private static void longTarget(PledgeDraft draft, int year) {
        draft.replaceTargets(TargetHorizon.LONG_TERM, TargetDraft.combined(TargetHorizon.LONG_TERM, draft, year,
                new BigDecimal("90"), TargetKind.ABSOLUTE, null, null));
    }
}
