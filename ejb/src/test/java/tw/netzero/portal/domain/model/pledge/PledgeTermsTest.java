package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.BASE_YEAR;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.TODAY;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.absolute;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.inventory;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.workedExample;

import java.time.Year;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope3Category;

class PledgeTermsTest {

    @Test
    void acceptsTheWorkedExample() {
        PledgeTerms terms = PledgeTerms.of(inventory(BASE_YEAR), workedExample().targets(), Year.of(2050), TODAY);
        assertEquals(BASE_YEAR, terms.baseYear());
    }

    @Test
    void rejectsTargetYearBeforeBaseYear() {
        assertRefused("pledge.target.yearNotAfterBaseYear",
                () -> new PledgeTerms(inventory(BASE_YEAR), absolute(2019, "42"), null, null));
    }

    @Test
    void rejectsTargetYearEqualToBaseYear() {
        assertRefused("pledge.target.yearNotAfterBaseYear",
                () -> new PledgeTerms(inventory(BASE_YEAR), absolute(2020, "42"), null, null));
    }

    @Test
    void rejectsLongTermTargetNotAfterNearTermTarget() {
        assertRefused("pledge.longTerm.notAfterNearTerm",
                () -> new PledgeTerms(inventory(BASE_YEAR), absolute(2030, "42"), absolute(2030, "90"), null));
    }

    @Test
    void keepsANetZeroYearBeforeTheTargetYearForThePreCheckToFlag() {
        assertEquals(Year.of(2029),
                new PledgeTerms(inventory(BASE_YEAR), absolute(2030, "42"), null, Year.of(2029)).netZeroYear());
        assertEquals(Year.of(2044), new PledgeTerms(inventory(BASE_YEAR), absolute(2030, "42"), absolute(2045, "90"),
                Year.of(2044)).netZeroYear());
    }

    @Test
    void acceptsNetZeroInTheLastTargetYear() {
        assertDoesNotThrow(() -> new PledgeTerms(inventory(BASE_YEAR), absolute(2030, "42"), absolute(2045, "90"),
                Year.of(2045)));
    }

    @Test
    void rejectsBaseYearInTheFuture() {
        assertRefused("pledge.baseYear.inFuture",
                () -> PledgeTerms.of(inventory(Year.of(2026)), List.of(), null, TODAY));
    }

    @Test
    void acceptsTheCurrentYearAsBaseYear() {
        assertDoesNotThrow(() -> PledgeTerms.of(inventory(Year.of(2025)), new PledgeTerms(inventory(Year.of(2025)),
                absolute(2031, "42"), null, null).targets(), null, TODAY));
    }

    @Test
    void holdsSeparateScope12AndScope3TargetsAndNamesTheScope12OneAsHeadline() {
        PledgeTerms terms = new PledgeTerms(inventory(BASE_YEAR),
                List.of(PledgeExamples.scope3Target("25"), PledgeExamples.scope12Target("42")), null);
        assertEquals(2, terms.targetSet().targets().size());
        assertEquals(TargetBoundary.SCOPE_3, terms.targets().get(0).boundary());
        assertEquals(Percentage.of("42"), terms.nearTerm().reduction());
        assertNull(terms.longTerm());
    }

    @Test
    void needsANearTermTarget() {
        assertRefused("pledge.incomplete", () -> new PledgeTerms(inventory(BASE_YEAR), List.of(), null));
    }

    @Test
    void refusesALongTermTargetDueBeforeTheLatestNearTermTarget() {
        PledgeTarget nearScope3In2032 = PledgeTarget.absolute(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_3, BASE_YEAR,
                Emissions.of("150000"), Year.of(2032), Percentage.of("25"), Percentage.of("70"), null,
                Set.of(Scope3Category.PURCHASED_GOODS_AND_SERVICES));
        PledgeTarget long2031 = PledgeTarget.absolute(TargetHorizon.LONG_TERM, TargetBoundary.SCOPE_1_2, BASE_YEAR,
                Emissions.of("1050000"), Year.of(2031), Percentage.of("90"), Percentage.of("98"),
                Scope2Method.MARKET_BASED, Set.of());
        assertRefused("pledge.longTerm.notAfterNearTerm", () -> new PledgeTerms(inventory(BASE_YEAR),
                List.of(PledgeExamples.scope12Target("42"), nearScope3In2032, long2031), null));
    }

    private static void assertRefused(String messageKey, Executable build) {
        assertEquals(messageKey, assertThrows(DomainRuleViolation.class, build).messageKey());
    }
}
