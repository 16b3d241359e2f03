package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/** A target as typed in the wizard: checked into a PledgeTarget, or refused at the field to correct. */
class TargetCommandTest {

    private static final Set<Scope3Category> PURCHASED_GOODS = Set.of(Scope3Category.PURCHASED_GOODS_AND_SERVICES);

    @Test
    void turnsTheTypedScope12AndScope3TargetsIntoTheTargetsTheyState() {
        assertEquals(PledgeExamples.scope12Target("42"), scope12("42", 2030).toTarget(2020));
        assertEquals(PledgeExamples.scope3Target("25"), new TargetCommand(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_3,
                TargetType.ABSOLUTE, new BigDecimal("150000"), 2030, new BigDecimal("25"), new BigDecimal("70"), null,
                null, PURCHASED_GOODS, null, null, null).toTarget(2020));
    }

    @Test
    void statesAStoredTargetAgainForEditing() {
        PledgeTarget stored = PledgeExamples.scope3Target("25");
        assertEquals(stored, TargetCommand.of(TargetDraft.of(stored)).toTarget(2020));
    }

    @Test
    void refusesAMissingFigureAtItsField() {
        assertRefusedAt("reduction", "pledge.target.fieldRequired", scope12(null, 2030), 2020);
    }

    @Test
    void refusesATargetYearNotAfterTheBaseYearAtItsField() {
        assertRefusedAt("targetYear", "pledge.target.yearNotAfterBaseYear", scope12("42", 2020), 2020);
        scope12("42", 2021).toTarget(2020);
    }

    @Test
    void needsTheBaseYearFirst() {
        assertRefusedAt("targetYear", "pledge.target.baseYearFirst", scope12("42", 2030), null);
    }

    @Test
    void namesTheFieldOfABoundaryRule() {
        TargetCommand scope3WithoutCategories = new TargetCommand(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_3,
                TargetType.ABSOLUTE, new BigDecimal("150000"), 2030, new BigDecimal("25"), new BigDecimal("70"), null,
                null, Set.of(), null, null, null);
        assertRefusedAt("scope3Categories", "pledge.target.scope3CategoriesRequired", scope3WithoutCategories, 2020);
        TargetCommand scope12WithoutMethod = new TargetCommand(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_1_2,
                TargetType.ABSOLUTE, new BigDecimal("1050000"), 2030, new BigDecimal("42"), new BigDecimal("98"), null,
                null, Set.of(), null, null, null);
        assertRefusedAt("scope2Method", "pledge.target.scope2MethodRequired", scope12WithoutMethod, 2020);
        TargetCommand intensityWithoutUnit = new TargetCommand(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_1_2,
                TargetType.PHYSICAL_INTENSITY, new BigDecimal("1050000"), 2030, new BigDecimal("42"),
                new BigDecimal("98"), null, Scope2Method.MARKET_BASED, Set.of(), " ", BigDecimal.TEN, null);
        assertRefusedAt("intensityUnit", "pledge.target.intensityIncomplete", intensityWithoutUnit, 2020);
    }

    @Test
    void aScope123TargetNeedsItsScope3Coverage() {
        TargetCommand combined = new TargetCommand(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_1_2_3,
                TargetType.ABSOLUTE, new BigDecimal("1200000"), 2030, new BigDecimal("42"), new BigDecimal("98"), null,
                Scope2Method.MARKET_BASED, PURCHASED_GOODS, null, null, null);
        assertRefusedAt("scope3Coverage", "pledge.target.fieldRequired", combined, 2020);
    }

    private static TargetCommand scope12(String reduction, int targetYear) {
        return new TargetCommand(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_1_2, TargetType.ABSOLUTE,
                new BigDecimal("1050000"), targetYear, reduction == null ? null : new BigDecimal(reduction),
                new BigDecimal("98"), null, Scope2Method.MARKET_BASED, Set.of(), null, null, null);
    }

    private static void assertRefusedAt(String field, String messageKey, TargetCommand command, Integer baseYear) {
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> command.toTarget(baseYear));
        assertEquals(field, refused.field());
        assertEquals(messageKey, refused.messageKey());
    }
}
