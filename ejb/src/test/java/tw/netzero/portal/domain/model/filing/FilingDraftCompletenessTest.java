package tw.netzero.portal.domain.model.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.netzero.portal.domain.model.filing.FilingExamples.complete;
import static tw.netzero.portal.domain.model.filing.FilingExamples.withScope1;
import static tw.netzero.portal.domain.model.filing.FilingExamples.withScope3;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * What the filing form shows as the member types (issue 20, feature 4): completeness in per cent
 * (agreeing with what submitting asks for), running totals, the year's figures for the on-track
 * preview and the evidence checklist.
 */
class FilingDraftCompletenessTest {

    @Test
    void anEmptyDraftIsZeroAndACompleteOneAHundredPerCentAsSubmittingSeesIt() {
        assertEquals(0, FilingDraft.empty().completenessPercent());
        assertEquals(20, FilingDraft.REQUIRED_FIGURES);
        assertEquals(100, complete().completenessPercent());
        assertTrue(complete().isComplete());

        ProgressFiling filing = ProgressFiling.start(1L, Year.of(2025));
        filing.revise(complete());
        assertTrue(filing.isComplete(), "the filing agrees: nothing missing");
    }

    @Test
    void oneMissingFigureIsNinetyFivePerCentNeverRoundedUpToComplete() {
        FilingDraft withoutScope1 = new FilingDraft(null, complete().scope2LocationBased(),
                complete().scope2MarketBased(), complete().scope3(), complete().energyMwh(),
                complete().renewableSharePercent(), null, Map.of());
        assertEquals(19, withoutScope1.figuresGiven());
        assertEquals(95, withoutScope1.completenessPercent());
        assertFalse(withoutScope1.isComplete());

        ProgressFiling filing = ProgressFiling.start(1L, Year.of(2025));
        filing.revise(withoutScope1);
        assertFalse(filing.isComplete(), "the filing agrees: not complete");
    }

    @Test
    void aCategoryCountsOnceReportedWithTonnesOrLeftOutWithAReason() {
        FilingDraft reportedWithoutTonnes = withScope3(complete(), Scope3Category.PURCHASED_GOODS_AND_SERVICES,
                new FilingDraft.Scope3Figure(Scope3EntryStatus.REPORTED, null, null));
        assertEquals(95, reportedWithoutTonnes.completenessPercent());
        FilingDraft omittedWithoutReason = withScope3(complete(), Scope3Category.INVESTMENTS,
                new FilingDraft.Scope3Figure(Scope3EntryStatus.NOT_EVALUATED, null, " "));
        assertEquals(95, omittedWithoutReason.completenessPercent());
        FilingDraft noStatus = withScope3(complete(), Scope3Category.INVESTMENTS,
                new FilingDraft.Scope3Figure(null, null, "a reason without a status"));
        assertEquals(95, noStatus.completenessPercent());
    }

    @Test
    void runningTotalsCountMarketBasedScope2AndTheReportedCategoriesAMissingFigureAsZero() {
        assertEquals(0, new BigDecimal("150.5").compareTo(complete().scope3Tonnes()));
        assertEquals(0, new BigDecimal("1550.5").compareTo(complete().runningTotal()), "1000 + 400 + 150.5");
        assertEquals(0, BigDecimal.ZERO.compareTo(FilingDraft.empty().runningTotal()));
        FilingDraft scope1Only = withScope1(FilingDraft.empty(), "1000");
        assertEquals(0, new BigDecimal("1000").compareTo(scope1Only.runningTotal()));
    }

    @Test
    void aCompleteDraftGivesTheYearsFiguresWithTheSameTotalAsTheSubmittedFiling() {
        ReportingYearFigures figures = ReportingYearFigures.of(Year.of(2025), complete());
        ProgressFiling filing = ProgressFiling.start(1L, Year.of(2025));
        filing.revise(complete());
        assertEquals(filing.totalEmissions(), figures.totalEmissions());
        assertEquals(Emissions.of("1550.5"), figures.totalEmissions());
        assertEquals(ReportingYearFigures.of(filing).scope3(), figures.scope3());
        DomainRuleViolation incomplete = assertThrows(DomainRuleViolation.class,
                () -> ReportingYearFigures.of(Year.of(2025), withScope1(FilingDraft.empty(), "1000")));
        assertEquals("filing.incomplete", incomplete.messageKey());
    }

    @Test
    void theChecklistAsksForTheVerificationStatementOnlyWhenAScopeIsVerified() {
        assertEquals(List.of(EvidenceItem.INVENTORY_REPORT, EvidenceItem.VERIFICATION_STATEMENT,
                EvidenceItem.RENEWABLE_ELECTRICITY_CERTIFICATES), EvidenceItem.checklist(complete()));
        FilingDraft unverified = new FilingDraft(null, null, null, Map.of(), null, null, null,
                Map.of(Scope.SCOPE_1, new FilingDraft.Assurance(AssuranceLevel.NONE, null, null)));
        assertEquals(List.of(EvidenceItem.INVENTORY_REPORT), EvidenceItem.checklist(unverified));
        FilingDraft limited = new FilingDraft(null, null, null, Map.of(), null, null, null,
                Map.of(Scope.SCOPE_3, new FilingDraft.Assurance(AssuranceLevel.LIMITED, null, null)));
        assertTrue(EvidenceItem.VERIFICATION_STATEMENT.askedFor(limited));
    }

    @Test
    void theChecklistAsksForCertificatesFromTheFirstRenewableShareAboveZero() {
        assertFalse(EvidenceItem.RENEWABLE_ELECTRICITY_CERTIFICATES.askedFor(renewableShare(null)));
        assertFalse(EvidenceItem.RENEWABLE_ELECTRICITY_CERTIFICATES.askedFor(renewableShare("0")));
        assertTrue(EvidenceItem.RENEWABLE_ELECTRICITY_CERTIFICATES.askedFor(renewableShare("0.01")));
    }

    private static FilingDraft renewableShare(String percent) {
        return new FilingDraft(null, null, null, Map.of(), null, percent == null ? null : new BigDecimal(percent), null,
                Map.of());
    }
}
