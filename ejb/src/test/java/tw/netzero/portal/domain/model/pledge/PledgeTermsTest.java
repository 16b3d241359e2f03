package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.BASE_YEAR;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.TODAY;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.absolute;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.inventory;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

class PledgeTermsTest {

    @Test
    void acceptsTheWorkedExample() {
        PledgeTerms terms = PledgeTerms.of(inventory(BASE_YEAR), absolute(2030, "42"), absolute(2045, "90"),
                Year.of(2050), TODAY);
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
        new PledgeTerms(inventory(BASE_YEAR), absolute(2030, "42"), absolute(2045, "90"), Year.of(2045));
    }

    @Test
    void rejectsBaseYearInTheFuture() {
        assertRefused("pledge.baseYear.inFuture",
                () -> PledgeTerms.of(inventory(Year.of(2026)), absolute(2031, "42"), null, null, TODAY));
    }

    @Test
    void acceptsTheCurrentYearAsBaseYear() {
        PledgeTerms.of(inventory(Year.of(2025)), absolute(2031, "42"), null, null, TODAY);
    }

    private static void assertRefused(String messageKey, Executable build) {
        assertEquals(messageKey, assertThrows(DomainRuleViolation.class, build).messageKey());
    }
}
