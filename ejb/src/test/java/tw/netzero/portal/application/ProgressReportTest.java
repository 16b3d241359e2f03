package tw.netzero.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.filing.FilingStatus;
import tw.netzero.portal.domain.model.shared.Emissions;

class ProgressReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final PledgeOverview NO_PLEDGE = PledgeOverview.of(List.of(), List.of());
    private static final DueDates DEFAULT_DUE_DATES = new DueDates(DueDates.DEFAULT_DUE, Map.of());

    @Test
    void lastYearIsDueBy30JuneOfThisYearWhenNothingIsFiled() {
        ProgressReport report = ProgressReport.of(NO_PLEDGE, List.of(), TODAY, DEFAULT_DUE_DATES);
        assertEquals(Year.of(2025), report.nextDueYear());
        assertEquals(LocalDate.of(2026, 6, 30), report.nextDueDate());
        assertEquals(Year.of(2025), report.openYears().get(0));
        assertEquals(Year.of(2015), report.openYears().get(report.openYears().size() - 1));
    }

    @Test
    void aFiledYearIsNeitherOpenNorDue() {
        ProgressReport.YearLine filed = new ProgressReport.YearLine(1L, Year.of(2025), 1, FilingStatus.SUBMITTED,
                Emissions.of("100"), null);
        ProgressReport report = ProgressReport.of(NO_PLEDGE, List.of(filed), TODAY, DEFAULT_DUE_DATES);
        assertNull(report.nextDueYear());
        assertNull(report.nextDueDate());
        assertEquals(Year.of(2024), report.openYears().get(0));
    }

    @Test
    void theOpenCycleOfTheYearDueSetsItsDueDate() {
        DueDates withCycle = new DueDates(DueDates.DEFAULT_DUE, Map.of(Year.of(2025), LocalDate.of(2026, 7, 15)));
        ProgressReport report = ProgressReport.of(NO_PLEDGE, List.of(), TODAY, withCycle);
        assertEquals(Year.of(2025), report.nextDueYear());
        assertEquals(LocalDate.of(2026, 7, 15), report.nextDueDate());
    }
}
