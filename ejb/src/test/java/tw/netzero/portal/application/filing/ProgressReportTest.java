package tw.netzero.portal.application.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.application.pledge.PledgeOverview;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.filing.FilingDraft;
import tw.netzero.portal.domain.model.filing.FilingExamples;
import tw.netzero.portal.domain.model.filing.FilingStatus;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.shared.Emissions;

class ProgressReportTest {

    private static final OnTrackJudgement JUDGEMENT = new OnTrackJudgement(List.of(), BigDecimal.ZERO);

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final PledgeOverview NO_PLEDGE = PledgeOverview.of(List.of(), List.of());
    private static final DueDates DEFAULT_DUE_DATES = new DueDates(DueDates.DEFAULT_DUE, Map.of());
    /** The alliance was founded in June 2022 (domain brief). */
    private static final LocalDate FOUNDED = LocalDate.of(2022, 6, 1);

    @Test
    void lastYearIsDueBy30JuneOfThisYearWhenNothingIsFiled() {
        ProgressReport report = ProgressReport.of(NO_PLEDGE, List.of(), FOUNDED, TODAY, DEFAULT_DUE_DATES);
        assertEquals(Year.of(2025), report.nextDueYear());
        assertEquals(LocalDate.of(2026, 6, 30), report.nextDueDate());
        assertEquals(Year.of(2025), report.openYears().get(0));
        assertEquals(Year.of(2015), report.openYears().get(report.openYears().size() - 1));
    }

    @Test
    void aFiledYearIsNeitherOpenNorDue() {
        ProgressReport.YearLine filed = new ProgressReport.YearLine(1L, Year.of(2025), 1, FilingStatus.SUBMITTED,
                Emissions.of("100"), null);
        ProgressReport report = ProgressReport.of(NO_PLEDGE, List.of(filed), FOUNDED, TODAY, DEFAULT_DUE_DATES);
        assertNull(report.nextDueYear());
        assertNull(report.nextDueDate());
        assertEquals(Year.of(2024), report.openYears().get(0));
    }

    @Test
    void theOpenCycleOfTheYearDueSetsItsDueDate() {
        DueDates withCycle = new DueDates(DueDates.DEFAULT_DUE, Map.of(Year.of(2025), LocalDate.of(2026, 7, 15)));
        ProgressReport report = ProgressReport.of(NO_PLEDGE, List.of(), FOUNDED, TODAY, withCycle);
        assertEquals(Year.of(2025), report.nextDueYear());
        assertEquals(LocalDate.of(2026, 7, 15), report.nextDueDate());
    }

    @Test
    void aMemberOwesTheEarliestYearItsOpenCyclesCallForSinceItJoined() {
        DueDates twoCycles = new DueDates(DueDates.DEFAULT_DUE,
                Map.of(Year.of(2023), LocalDate.of(2024, 6, 30), Year.of(2025), LocalDate.of(2026, 6, 30)));
        assertEquals(Year.of(2023), ProgressReport.of(NO_PLEDGE, List.of(), FOUNDED, TODAY, twoCycles).nextDueYear());

        ProgressReport later = ProgressReport.of(NO_PLEDGE, List.of(), LocalDate.of(2024, 7, 1), TODAY, twoCycles);
        assertEquals(Year.of(2025), later.nextDueYear(), "2023 was due on 30 June 2024, before it joined");

        ProgressReport filedAfter = ProgressReport.of(NO_PLEDGE, List.of(line(2024)), FOUNDED, TODAY, twoCycles);
        assertEquals(Year.of(2025), filedAfter.nextDueYear(), "years before the last one filed are not due");

        ProgressReport noCycleYet = ProgressReport.of(NO_PLEDGE, List.of(line(2023)), FOUNDED, TODAY, DEFAULT_DUE_DATES);
        assertEquals(Year.of(2025), noCycleYet.nextDueYear(), "not 2024, which no cycle called for");
    }

    @Test
    void aCompanyAdmittedAfterLastYearsDueDateOwesNothingYet() {
        LocalDate december = LocalDate.of(2026, 12, 3);
        ProgressReport report = ProgressReport.of(NO_PLEDGE, List.of(), december, december, DEFAULT_DUE_DATES);
        assertNull(report.nextDueYear());
        assertEquals(Year.of(2025), report.openYears().get(0), "it may still file last year of its own accord");

        DueDates cycleDueLater = new DueDates(DueDates.DEFAULT_DUE, Map.of(Year.of(2025), LocalDate.of(2027, 1, 31)));
        ProgressReport withCycle = ProgressReport.of(NO_PLEDGE, List.of(), december, december, cycleDueLater);
        assertEquals(Year.of(2025), withCycle.nextDueYear(), "the open cycle's due date is after it joined");
        assertEquals(LocalDate.of(2027, 1, 31), withCycle.nextDueDate());
    }

    @Test
    void aCompanyNotAdmittedOwesNothing() {
        assertNull(ProgressReport.of(NO_PLEDGE, List.of(), null, TODAY, DEFAULT_DUE_DATES).nextDueYear());
    }

    private static ProgressReport.YearLine line(int year) {
        return new ProgressReport.YearLine(1L, Year.of(year), 1, FilingStatus.ACCEPTED, Emissions.of("100"), null);
    }

    @Test
    void anIncompleteDraftIsListedWithoutATotalOrAssessment() {
        ProgressFiling draft = ProgressFiling.start(1L, Year.of(2024));
        FilingDraft onlyScope1 = new FilingDraft(new BigDecimal("1000"), null, null, Map.of(), null, null, null, Map.of());
        draft.revise(onlyScope1);

        ProgressReport.YearLine line = ProgressReport.YearLine.of(draft, JUDGEMENT, Optional.empty());

        assertEquals(Year.of(2024), line.year());
        assertEquals(FilingStatus.DRAFT, line.status());
        assertNull(line.total());
        assertNull(line.assessment());
    }

    @Test
    void aCompleteDraftShowsItsTotalButNoAssessmentYet() {
        ProgressFiling draft = ProgressFiling.start(1L, Year.of(2024));
        draft.revise(FilingExamples.complete());

        ProgressReport.YearLine line = ProgressReport.YearLine.of(draft, JUDGEMENT, Optional.empty());

        assertEquals(Emissions.of("1550.5"), line.total());
        assertNull(line.assessment());
    }

    @Test
    void aSubmittedFilingHasItsTotalAndAssessment() {
        ProgressFiling filing = ProgressFiling.start(1L, Year.of(2024));
        filing.revise(FilingExamples.complete());
        filing.submit(java.time.Instant.parse("2025-05-01T00:00:00Z"));

        ProgressReport.YearLine line = ProgressReport.YearLine.of(filing, JUDGEMENT, Optional.empty());

        assertEquals(Emissions.of("1550.5"), line.total());
        assertNotNull(line.assessment());
    }
}
