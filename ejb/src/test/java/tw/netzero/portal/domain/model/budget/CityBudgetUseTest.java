package tw.netzero.portal.domain.model.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.alliance.MemberYearTotal;
import tw.netzero.portal.domain.model.alliance.PledgeInForce;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.filing.FilingTotals;
import tw.netzero.portal.domain.model.filing.ReportingYearFigures;
import tw.netzero.portal.domain.model.pledge.PledgeExamples;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/** The members' use of a city budget period, worked by hand (decision 0037). */
class CityBudgetUseTest {

    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    private static final LocalDate SUBMITTED = LocalDate.of(2024, 1, 10);

    private static CityBudgetPeriod period(String cityTonnes) {
        return CityBudgetPeriod.enter(2025, 2026, new BigDecimal(cityTonnes), "Kaohsiung ordinance", List.of(), NOW,
                "admin@secretariat.example");
    }

    /** Scope 1 and scope 2 both ways: the budget counts location-based, never market-based. */
    private static MemberYearTotal filed(long company, IndustryGroup group, int year, String scope1, String location,
                                         String market) {
        FilingTotals totals = new FilingTotals(Emissions.of(scope1).add(Emissions.of(market)),
                Emissions.of(scope1).add(Emissions.of(location)), java.util.Set.of());
        ReportingYearFigures figures = new ReportingYearFigures(Year.of(year), Emissions.of(scope1),
                Emissions.of(location), Emissions.of(market), List.of(), null, null, null);
        return new MemberYearTotal(company, group, Year.of(year), totals, true, totals, figures);
    }

    private static final List<MemberYearTotal> FILED = List.of(
            filed(1, IndustryGroup.STEEL, 2025, "100000", "20000", "10000"),
            filed(1, IndustryGroup.STEEL, 2026, "90000", "20000", "5000"),
            filed(2, IndustryGroup.ELECTRONICS, 2025, "30000", "0", "0"),
            // Outside the period: not counted.
            filed(2, IndustryGroup.ELECTRONICS, 2024, "999999", "0", "0"));

    /** Steel: an absolute scope 1+2 target, 1,050,000 t in 2020, -42 % by 2030. */
    private static final PledgeTerms SCOPE12_TARGET = new PledgeTerms(
            PledgeExamples.inventory(Year.of(2020), "800000", "250000", "150000", "98", "70"),
            List.of(PledgeExamples.scope12Target("42")), null);
    /** Electronics: one combined target, 100,000 t in 2020 of which 85,000 scope 1+2, -42 % by 2030. */
    private static final PledgeTerms COMBINED_TARGET = new PledgeTerms(PledgeExamples.inventory(Year.of(2020)),
            PledgeExamples.absolute(2030, "42"), null, null);
    private static final List<PledgeInForce> PLEDGES = List.of(
            new PledgeInForce(1, IndustryGroup.STEEL, SCOPE12_TARGET, SUBMITTED),
            new PledgeInForce(2, IndustryGroup.ELECTRONICS, COMBINED_TARGET, SUBMITTED));

    @Test
    void sumsScope1AndLocationBasedScope2OfThePeriodsYears() {
        CityBudgetUse use = CityBudgetUse.of(period("1000000"), FILED, PLEDGES);
        assertEquals(Emissions.of("260000"), use.all().filed());
        assertEquals(new BigDecimal("26.00"), use.all().sharePercent());
        assertEquals(2, use.all().members());
        CityBudgetUse.Line steel = line(use, IndustryGroup.STEEL);
        assertEquals(Emissions.of("230000"), steel.filed());
        assertEquals(new BigDecimal("23.00"), steel.sharePercent());
        assertEquals(1, steel.members());
        assertEquals(List.of(Emissions.of("150000"), Emissions.of("110000")),
                use.years().stream().map(CityBudgetUse.YearLine::filed).toList());
    }

    @Test
    void theShareIsTruncatedToTwoDecimals() {
        // 260,000 / 3,000,000 = 8.6666… %: shown 8.66, never rounded up.
        assertEquals(new BigDecimal("8.66"), CityBudgetUse.of(period("3000000"), FILED, PLEDGES).all().sharePercent());
    }

    @Test
    void kaohsiungsFirstBudgetIsTheOrdinances() {
        CityBudgetPeriod first = CityBudgetPeriod.enter(2025, 2026, CityBudgetPeriod.KAOHSIUNG_2025_26.tonnes(),
                "Kaohsiung Net Zero City Development Autonomous Ordinance", List.of(), NOW, "admin");
        // 260,000 t of 50,940,000 t: 0.5104… %.
        assertEquals(new BigDecimal("0.51"), CityBudgetUse.of(first, FILED, PLEDGES).all().sharePercent());
    }

    @Test
    void pledgedIsTheScope12TargetsPathwayOrTheScope12ShareOfTheWholePathway() {
        CityBudgetUse use = CityBudgetUse.of(period("1000000"), FILED, PLEDGES);
        // Steel: 1,050,000 × (1 − 0.42 × 5/10) = 829,500 in 2025; × (1 − 0.42 × 6/10) = 785,400 in 2026.
        assertEquals(Emissions.of("1614900"), line(use, IndustryGroup.STEEL).pledged());
        // Electronics: 100,000 × 0.79 × 85 % = 67,150; 100,000 × 0.748 × 85 % = 63,580.
        assertEquals(Emissions.of("130730"), line(use, IndustryGroup.ELECTRONICS).pledged());
        assertEquals(Emissions.of("1745630"), use.all().pledged());
    }

    @Test
    void noPledgedPathwayBeforeThePledgesBaseYear() {
        assertTrue(CityBudgetUse.pledgedScope12(COMBINED_TARGET, Year.of(2019)).isEmpty());
        assertEquals(Emissions.of("85000"), CityBudgetUse.pledgedScope12(COMBINED_TARGET, Year.of(2020)).orElseThrow());
    }

    @Test
    void periodsNeverShareAYear() {
        CityBudgetPeriod first = period("1000000");
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> CityBudgetPeriod.enter(2026, 2027,
                BigDecimal.ONE, "x", List.of(first), NOW, "admin"));
        assertEquals("budget.overlap", refused.messageKey());
        assertEquals("firstYear", refused.field());
        CityBudgetPeriod.enter(2027, 2028, BigDecimal.ONE, "x", List.of(first), NOW, "admin");
        CityBudgetPeriod.enter(2023, 2024, BigDecimal.ONE, "x", List.of(first), NOW, "admin");
    }

    @Test
    void refusesAPeriodLongerThanFiveYearsOrEndingBeforeItStarts() {
        assertEquals("lastYear", assertThrows(FieldRuleViolation.class, () -> CityBudgetPeriod.enter(2025, 2030,
                BigDecimal.ONE, "x", List.of(), NOW, "admin")).field());
        CityBudgetPeriod.enter(2025, 2029, BigDecimal.ONE, "x", List.of(), NOW, "admin");
        assertEquals("lastYear", assertThrows(FieldRuleViolation.class, () -> CityBudgetPeriod.enter(2025, 2024,
                BigDecimal.ONE, "x", List.of(), NOW, "admin")).field());
    }

    @Test
    void refusesABudgetOfZeroAndAMissingSource() {
        assertEquals("cityBudget", assertThrows(FieldRuleViolation.class, () -> CityBudgetPeriod.enter(2025, 2026,
                BigDecimal.ZERO, "x", List.of(), NOW, "admin")).field());
        assertEquals("source", assertThrows(FieldRuleViolation.class, () -> CityBudgetPeriod.enter(2025, 2026,
                BigDecimal.TEN, " ", List.of(), NOW, "admin")).field());
    }

    private static CityBudgetUse.Line line(CityBudgetUse use, IndustryGroup group) {
        return use.groups().stream().filter(line -> line.group() == group).findFirst().orElseThrow();
    }
}
