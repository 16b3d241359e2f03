package tw.netzero.portal.domain.model.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.alliance.MemberYearTotal;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.filing.FilingTotals;
import tw.netzero.portal.domain.model.filing.ReportingYearFigures;
import tw.netzero.portal.domain.model.shared.Emissions;

/** The trend of the members' filed scope 1 + 2 beside the city budget (decision 0058), worked by hand. */
class FiledScope12TrendTest {

    private static MemberYearTotal filed(long company, int year, String scope1, String location, String market) {
        FilingTotals totals = new FilingTotals(Emissions.of(scope1).add(Emissions.of(market)),
                Emissions.of(scope1).add(Emissions.of(location)), Set.of());
        ReportingYearFigures figures = new ReportingYearFigures(Year.of(year), Emissions.of(scope1),
                Emissions.of(location), Emissions.of(market), List.of(), null, null, null);
        return new MemberYearTotal(company, IndustryGroup.STEEL, Year.of(year), totals, true, totals, figures);
    }

    @Test
    void eachYearSumsItsMembersScope1AndLocationBasedScope2() {
        FiledScope12Trend trend = FiledScope12Trend.of(List.of(
                filed(1, 2023, "100000", "20000", "5000"),
                filed(2, 2023, "30000", "10000", "0"),
                filed(1, 2022, "150000", "10000", "1"),
                filed(1, 2024, "80000", "0", "0")), Year.of(2024));
        assertEquals(List.of(Year.of(2022), Year.of(2023), Year.of(2024)),
                trend.years().stream().map(FiledScope12Trend.Point::year).toList(), "the earliest first");
        FiledScope12Trend.Point year2023 = trend.years().get(1);
        assertEquals(2, year2023.members());
        assertEquals(Emissions.of("160000"), year2023.filed(), "location-based, never market-based");
        assertEquals(List.of(100, 100, 50), trend.years().stream().map(FiledScope12Trend.Point::barPercent).toList(),
                "bars against the largest year, 160,000 t");
    }

    @Test
    void yearsAfterTheLastReportedAndFilingsWithoutFiguresAreLeftOut() {
        MemberYearTotal withoutFigures = new MemberYearTotal(3, IndustryGroup.ENERGY, Year.of(2023),
                new FilingTotals(Emissions.of("5"), Emissions.of("5"), Set.of()));
        FiledScope12Trend trend = FiledScope12Trend.of(List.of(filed(1, 2023, "10", "0", "0"), withoutFigures,
                filed(1, 2025, "10", "0", "0")), Year.of(2024));
        assertEquals(1, trend.years().size());
        assertEquals(1, trend.years().get(0).members());
    }

    @Test
    void aTinyYearStillShowsABarAndNothingFiledIsEmpty() {
        FiledScope12Trend trend = FiledScope12Trend.of(List.of(filed(1, 2022, "1000000", "0", "0"),
                filed(1, 2023, "1", "0", "0")), Year.of(2024));
        assertEquals(1, trend.years().get(1).barPercent());
        assertTrue(FiledScope12Trend.of(List.of(), Year.of(2024)).isEmpty());
    }
}
