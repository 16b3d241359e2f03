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
