package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.BASE_YEAR;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.absolute;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.inventory;

import java.time.Year;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;

class PathwayTest {

    private final Pathway workedExample = Pathway.of(PledgeExamples.workedExample());

    @Test
    void hasACornerAtTheBaseYearAndEachTarget() {
        assertEquals(List.of(
                new PathwayPoint(Year.of(2020), Emissions.of("100000")),
                new PathwayPoint(Year.of(2030), Emissions.of("58000")),
                new PathwayPoint(Year.of(2045), Emissions.of("10000"))), workedExample.points());
    }

    /** 100,000 in 2020 to 58,000 in 2030 (-4,200 a year), to 10,000 in 2045 (-3,200 a year), flat to 2050. */
    @ParameterizedTest
    @CsvSource({
            "2020, 100000", "2021, 95800", "2023, 87400", "2029, 62200", "2030, 58000",
            "2031, 54800", "2035, 42000", "2040, 26000", "2045, 10000", "2048, 10000", "2050, 10000"})
    void interpolatesLinearlyBetweenCorners(int year, String allowed) {
        assertEquals(Emissions.of(allowed), workedExample.allowedIn(Year.of(year)));
    }

    @Test
    void staysAtTheLastLevelAfterTheLastYear() {
        assertEquals(Emissions.of("10000"), workedExample.allowedIn(Year.of(2060)));
    }

    @Test
    void refusesAYearBeforeTheBaseYear() {
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> workedExample.allowedIn(Year.of(2019)));
        assertEquals("pledge.pathway.beforeBaseYear", refused.messageKey());
    }

    @Test
    void roundsInterpolatedLevelsUpToKilogramsSoTheAllowedLevelIsNeverBelowTheExactPathway() {
        // -30 % over 7 years: 100,000 - 30,000 / 7 = 95,714.2857...; 100,000 - 60,000 / 7 = 91,428.5714...
        Pathway pathway = Pathway.of(new PledgeTerms(inventory(BASE_YEAR), absolute(2027, "30"), null, null));
        assertEquals(Emissions.of("95714.286"), pathway.allowedIn(Year.of(2021)));
        assertEquals(Emissions.of("91428.572"), pathway.allowedIn(Year.of(2022)), "half-up would give 91,428.571");
    }

    @Test
    void withoutALongTermTargetANetZeroYearInventsNoEndPoint() {
        Pathway pathway = Pathway.of(new PledgeTerms(inventory(BASE_YEAR), absolute(2030, "42"), null, Year.of(2050)));
        assertEquals(2, pathway.points().size());
        assertEquals(Emissions.of("58000"), pathway.allowedIn(Year.of(2040)));
        assertEquals(Emissions.of("58000"), pathway.allowedIn(Year.of(2050)));
    }

    @Test
    void neverRisesTowardsNetZeroAfterADeepNearTermTarget() {
        Pathway pathway = Pathway.of(new PledgeTerms(inventory(BASE_YEAR), absolute(2030, "95"), null, Year.of(2050)));
        assertEquals(Emissions.of("5000"), pathway.allowedIn(Year.of(2050)));
    }

    @Test
    void aNetZeroYearEqualToTheLastTargetYearAddsNoCorner() {
        Pathway pathway = Pathway.of(new PledgeTerms(inventory(BASE_YEAR), absolute(2030, "42"), null, Year.of(2030)));
        assertEquals(2, pathway.points().size());
    }

    @Test
    void listsTheLevelOfEveryYearForCharts() {
        SortedMap<Year, Emissions> levels = workedExample.levels();
        assertEquals(26, levels.size());
        assertEquals(Year.of(2020), levels.firstKey());
        assertEquals(Year.of(2045), levels.lastKey());
        assertEquals(Emissions.of("87400"), levels.get(Year.of(2023)));
    }
}
