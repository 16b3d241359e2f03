package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/** The wizard's terms as a command: stated from a stored draft, turned back into one, range-checked like the columns. */
class PledgeCommandTest {

    @Test
    void statesAStoredDraftAgainAndTurnsItBackIntoTheSameDraft() {
        List<TargetCommand> targets = PledgeExamples.twoTargetDraft().targets().stream().map(TargetCommand::of).toList();
        PledgeDraft stored = new PledgeCommand(2020, new BigDecimal("800000"), new BigDecimal("300000"),
                new BigDecimal("250000"), Scope2Method.LOCATION_BASED, new BigDecimal("150000"),
                Set.of(Scope3Category.PURCHASED_GOODS_AND_SERVICES), new BigDecimal("98"), new BigDecimal("70"),
                BoundaryApproach.EQUITY_SHARE, null, true, "Electric arc furnace", LocalDate.of(2024, 3, 1),
                TargetClassification.ONE_POINT_FIVE_C, "https://sciencebasedtargets.org/target-dashboard")
                .toDraft(targets);

        PledgeDraft again = PledgeCommand.of(stored).toDraft(targets);

        assertEquals(PledgeCommand.of(stored), PledgeCommand.of(again));
        assertEquals(targets, again.targets().stream().map(TargetCommand::of).toList());
        assertEquals(new BigDecimal("98"), again.getScope12Coverage(), "carried over though the wizard has no input for it");
        assertEquals(stored.toTerms(LocalDate.of(2026, 12, 5)), again.toTerms(LocalDate.of(2026, 12, 5)));
    }

    @Test
    void aBlankLinkIsNoneAndTheCategoriesAreACopy() {
        Set<Scope3Category> chosen = EnumSet.of(Scope3Category.PURCHASED_GOODS_AND_SERVICES);
        PledgeCommand command = command(2020, chosen, "  ");
        chosen.add(Scope3Category.BUSINESS_TRAVEL);
        assertNull(command.sbtiLink());
        assertEquals(Set.of(Scope3Category.PURCHASED_GOODS_AND_SERVICES), command.scope3Categories());
        assertEquals(Set.of(), command(2020, null, null).scope3Categories());
    }

    @Test
    void aTargetWithoutABaseYearIsRefusedAtTheTargetYear() {
        TargetCommand target = TargetCommand.of(TargetDraft.of(PledgeExamples.scope12Target("42")));
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class,
                () -> command(null, null, null).toDraft(List.of(target)));
        assertEquals("targetYear", refused.field());
        assertEquals("pledge.target.baseYearFirst", refused.messageKey());
    }

    /** Each input is range-checked exactly as the column it fills, with the same message. */
    @Test
    void declaresTheConstraintsOfTheColumnsItFills() throws NoSuchFieldException {
        List<String> checked = new ArrayList<>();
        for (Field column : PledgeDraft.class.getDeclaredFields()) {
            List<Annotation> constraints = constraints(column.getAnnotations());
            if (constraints.isEmpty() || column.getName().equals("targets")) {
                continue;
            }
            // A record component's constraints land on its field, where Bean Validation reads them.
            Field input = PledgeCommand.class.getDeclaredField(column.getName());
            assertEquals(constraints, constraints(input.getAnnotations()), column.getName());
            checked.add(column.getName());
        }
        assertEquals(List.of("baseYear", "scope1", "scope2LocationBased", "scope2MarketBased", "scope3",
                "scope12Coverage", "scope3Coverage", "netZeroYear", "measures", "sbtiLink"), checked);
    }

    private static List<Annotation> constraints(Annotation[] annotations) {
        return Stream.of(annotations).filter(a -> a.annotationType().isAnnotationPresent(Constraint.class)).toList();
    }

    private static PledgeCommand command(Integer baseYear, Set<Scope3Category> categories, String link) {
        return new PledgeCommand(baseYear, null, null, null, Scope2Method.MARKET_BASED, null, categories, null, null,
                BoundaryApproach.OPERATIONAL_CONTROL, null, false, null, null, null, link);
    }
}
