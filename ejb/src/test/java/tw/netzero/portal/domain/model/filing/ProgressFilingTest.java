package tw.netzero.portal.domain.model.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.netzero.portal.domain.model.filing.FilingExamples.complete;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.history.HistoryEntry;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.domain.model.shared.Scope;

class ProgressFilingTest {

    private static final Instant NOW = Instant.parse("2025-04-30T08:00:00Z");
    private static final Year YEAR = Year.of(2024);
    private static final String REVIEWER = "reviewer@secretariat.example";

    @Test
    void aNewFilingIsAnEmptyDraftOfRevisionOne() {
        ProgressFiling filing = ProgressFiling.start(7, YEAR);
        assertEquals(FilingStatus.DRAFT, filing.status());
        assertEquals(1, filing.revision());
        assertFalse(filing.isCorrection());
        assertFalse(filing.isComplete());
        assertEquals(AssuranceLevel.NONE, filing.verification(Scope.SCOPE_3).level());
    }

    @Test
    void givesItsTotalsBothWaysAndTheCategoriesNotEvaluated() {
        ProgressFiling filing = ProgressFiling.start(7, YEAR);
        filing.revise(complete());
        FilingTotals totals = filing.totals();
        assertEquals(Emissions.of("1550.5"), totals.marketBased());
        assertEquals(Emissions.of("1650.5"), totals.locationBased());
        assertEquals(java.util.Set.of(Scope3Category.INVESTMENTS), totals.notEvaluated());
    }

    @Test
    void keepsTheDraftAndGivesItBack() {
        ProgressFiling filing = ProgressFiling.start(7, YEAR);
        filing.revise(complete());

        assertTrue(filing.isComplete());
        assertEquals(Emissions.of("1000"), filing.scope1());
        assertEquals(Percentage.of("18.5"), filing.renewableShare());
        assertEquals("Replaced two boilers with heat pumps.", filing.reductionActions());
        assertEquals(15, filing.scope3().size());
        assertEquals(Scope3Category.PURCHASED_GOODS_AND_SERVICES, filing.scope3().get(0).category());
        assertEquals("Formosa Verification Co.", filing.verification(Scope.SCOPE_1).verifier());
        assertEquals(AssuranceLevel.NONE, filing.verification(Scope.SCOPE_2).level());

        ProgressFiling copy = ProgressFiling.start(7, YEAR);
        copy.revise(filing.draft());
        assertEquals(filing.draft(), copy.draft());
    }

    @Test
    void totalIsScope1PlusMarketBasedScope2PlusReportedScope3() {
        ProgressFiling filing = ProgressFiling.start(7, YEAR);
        filing.revise(complete());
        assertEquals(Emissions.of("1550.5"), filing.totalEmissions());
    }

    @Test
    void anIncompleteFilingHasNoTotalAndCannotBeSubmitted() {
        ProgressFiling filing = ProgressFiling.start(7, YEAR);
        FilingDraft full = complete();
        Map<Scope3Category, FilingDraft.Scope3Figure> fourteen = new EnumMap<>(full.scope3());
        fourteen.remove(Scope3Category.FRANCHISES);
        filing.revise(new FilingDraft(full.scope1(), full.scope2LocationBased(), full.scope2MarketBased(), fourteen,
                full.energyMwh(), full.renewableSharePercent(), null, Map.of()));

        assertEquals("filing.incomplete", assertThrows(DomainRuleViolation.class, filing::totalEmissions).messageKey());
        assertEquals("filing.incomplete",
                assertThrows(DomainRuleViolation.class, () -> filing.submit(NOW)).messageKey());
        assertEquals(FilingStatus.DRAFT, filing.status());
    }

    @Test
    void aRefusedFigureLeavesTheFilingAsItWas() {
        ProgressFiling filing = ProgressFiling.start(7, YEAR);
        filing.revise(complete());
        FilingDraft before = filing.draft();
        Map<Scope3Category, FilingDraft.Scope3Figure> missingFigure = new EnumMap<>(before.scope3());
        missingFigure.put(Scope3Category.CAPITAL_GOODS,
                new FilingDraft.Scope3Figure(Scope3EntryStatus.REPORTED, null, null));

        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> filing.revise(
                new FilingDraft(new BigDecimal("1"), null, null, missingFigure, null, null, null, Map.of())));

        assertEquals("filing.scope3.emissionsRequired", refused.messageKey());
        assertEquals(2, refused.arguments().get(0));
        assertEquals(before, filing.draft());
    }

    @Test
    void refusesNegativeFiguresAndAnOmittedCategoryWithoutReason() {
        ProgressFiling filing = ProgressFiling.start(7, YEAR);
        assertEquals("emissions.negative", assertThrows(DomainRuleViolation.class, () -> filing.revise(
                new FilingDraft(new BigDecimal("-1"), null, null, Map.of(), null, null, null, Map.of()))).messageKey());
        assertEquals("filing.energy.negative", assertThrows(DomainRuleViolation.class, () -> filing.revise(
                new FilingDraft(null, null, null, Map.of(), new BigDecimal("-0.001"), null, null, Map.of())))
                .messageKey());
        assertEquals("percentage.outOfRange", assertThrows(DomainRuleViolation.class, () -> filing.revise(
                new FilingDraft(null, null, null, Map.of(), null, new BigDecimal("100.01"), null, Map.of())))
                .messageKey());
        assertEquals("filing.scope3.reasonRequired", assertThrows(DomainRuleViolation.class, () -> filing.revise(
                new FilingDraft(null, null, null, Map.of(Scope3Category.FRANCHISES,
                        new FilingDraft.Scope3Figure(Scope3EntryStatus.NOT_EVALUATED, null, " ")), null, null, null,
                        Map.of()))).messageKey());
    }

    /**
     * Activity data is optional; when given, each figure is above zero (it divides emissions) and
     * production output comes with its unit, at the field it concerns; the filing stays as it was.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "0       | t of steel | null  | productionOutput     | filing.productionOutput.notPositive",
            "-1      | t of steel | null  | productionOutput     | filing.productionOutput.notPositive",
            "null    | null       | 0     | netRevenueMillionNtd | filing.netRevenue.notPositive",
            "1200    | null       | null  | productionUnit       | filing.productionUnit.required",
            "null    | t of steel | null  | productionOutput     | filing.productionOutput.required"})
    void refusesActivityThatCannotMeasureAnIntensity(String output, String unit, String revenue, String field,
                                                     String key) {
        ProgressFiling filing = ProgressFiling.start(7, YEAR);
        filing.revise(complete());
        FilingDraft before = filing.draft();
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> filing.revise(complete()
                .withActivity(decimal(output), unit, decimal(revenue))));
        assertEquals(field, refused.field());
        assertEquals(key, refused.messageKey());
        assertEquals(before, filing.draft());
    }

    @Test
    void keepsTheYearsActivityAndCarriesItIntoACorrection() {
        ProgressFiling filing = ProgressFiling.start(7, YEAR);
        filing.revise(complete().withActivity(new BigDecimal("0.001"), "  t of steel ", new BigDecimal("0.001")));
        assertEquals(new BigDecimal("0.001"), filing.productionOutput());
        assertEquals("t of steel", filing.productionUnit());
        assertEquals(new BigDecimal("0.001"), filing.netRevenueMillionNtd());
        filing.submit(Instant.parse("2026-05-01T00:00:00Z"));
        filing.accept(REVIEWER, null);
        FilingDraft corrected = filing.startCorrection().draft();
        assertEquals(new BigDecimal("0.001"), corrected.productionOutput());
        assertEquals("t of steel", corrected.productionUnit());
        assertEquals(new BigDecimal("0.001"), corrected.netRevenueMillionNtd());
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    @Test
    void aSubmittedOrAcceptedFilingIsNotEditedButAReturnedOneIs() {
        ProgressFiling filing = submitted();
        assertNotEditable(filing);
        filing.returnForRevision(REVIEWER, "Attach the verification statement.");
        filing.revise(complete());
        filing.submit(NOW);
        filing.accept(REVIEWER, null);
        assertEquals(FilingStatus.ACCEPTED, filing.status());
        assertNotEditable(filing);
    }

    @Test
    void aCorrectionIsTheNextRevisionStartingFromTheAcceptedFigures() {
        ProgressFiling accepted = submitted();
        accepted.accept(REVIEWER, "Thank you.");

        ProgressFiling correction = accepted.startCorrection();

        assertEquals(2, correction.revision());
        assertTrue(correction.isCorrection());
        assertEquals(FilingStatus.DRAFT, correction.status());
        assertEquals(accepted.reportingYear(), correction.reportingYear());
        assertEquals(accepted.companyId(), correction.companyId());
        assertEquals(accepted.draft(), correction.draft());
        assertNull(correction.reviewComment());
        assertEquals(FilingStatus.ACCEPTED, accepted.status());
        assertFalse(accepted.isSuperseded());
    }

    @Test
    void onlyAnAcceptedFilingIsCorrected() {
        ProgressFiling filing = submitted();
        assertEquals("filing.workflow.illegalMove",
                assertThrows(DomainRuleViolation.class, filing::startCorrection).messageKey());
    }

    @Test
    void onlyAnAcceptedFilingIsSupersededAndOnlyOnce() {
        ProgressFiling filing = submitted();
        assertEquals("filing.workflow.illegalMove",
                assertThrows(DomainRuleViolation.class, filing::supersede).messageKey());
        filing.accept(REVIEWER, null);
        filing.supersede();
        assertTrue(filing.isSuperseded());
        assertEquals(FilingStatus.ACCEPTED, filing.status());
        assertEquals("filing.workflow.illegalMove",
                assertThrows(DomainRuleViolation.class, filing::supersede).messageKey());
    }

    @Test
    void aReturnMaySayWhatToReviseFieldByFieldInsteadOfAGeneralComment() {
        ProgressFiling filing = submitted();
        assertThrows(DomainRuleViolation.class, () -> filing.returnForRevision(REVIEWER, " ",
                Map.of(FilingField.SCOPE1, "  ")));
        assertEquals(FilingStatus.SUBMITTED, filing.status());

        filing.returnForRevision(REVIEWER, null, Map.of(FilingField.SCOPE1, " Stack test missing ",
                FilingField.EVIDENCE, "Attach the verification statement", FilingField.ENERGY, ""));
        assertEquals(FilingStatus.RETURNED, filing.status());
        assertEquals(Map.of(FilingField.SCOPE1, "Stack test missing",
                FilingField.EVIDENCE, "Attach the verification statement"), filing.reviewNotes());
        assertNull(filing.reviewComment());

        filing.submit(NOW);
        filing.accept(REVIEWER, "Thanks");
        assertTrue(filing.reviewNotes().isEmpty());
    }

    @Test
    void anOverlongNoteIsRefusedAtItsFieldAndChangesNothing() {
        ProgressFiling filing = submitted();
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> filing.returnForRevision(REVIEWER,
                "See notes", Map.of(FilingField.SCOPE3, "x".repeat(ProgressFiling.REVIEW_NOTE_MAX + 1))));
        assertEquals("note-SCOPE3", refused.field());
        assertEquals(FilingStatus.SUBMITTED, filing.status());
    }

    private static ProgressFiling submitted() {
        ProgressFiling filing = ProgressFiling.start(7, YEAR);
        filing.revise(complete());
        filing.submit(NOW);
        return filing;
    }

    private static void assertNotEditable(ProgressFiling filing) {
        assertEquals("filing.notEditable",
                assertThrows(DomainRuleViolation.class, () -> filing.revise(complete())).messageKey());
    }

    @Test
    void anImportedFilingIsAcceptedWithItsScope3TotalAndCountsLikeAnyOther() {
        HistoryEntry entry = new HistoryEntry(Ubn.of("35572200"), Year.of(2019), Emissions.of("1000"),
                Emissions.of("600"), Emissions.of("500"), Emissions.of("2500"), true);

        ProgressFiling filing = ProgressFiling.imported(7, entry, REVIEWER, NOW);

        assertTrue(filing.isImported());
        assertEquals(FilingStatus.ACCEPTED, filing.status());
        assertEquals(REVIEWER, filing.reviewer());
        assertEquals(NOW, filing.submittedAt());
        assertTrue(filing.isComplete());
        assertEquals(Emissions.of("2500"), filing.scope3Total());
        assertEquals(Emissions.of("4000"), filing.totalEmissions());
        assertEquals(AssuranceLevel.LIMITED, filing.verification(Scope.SCOPE_1).level());
        assertEquals(AssuranceLevel.LIMITED, filing.verification(Scope.SCOPE_2).level());
        assertEquals(AssuranceLevel.NONE, filing.verification(Scope.SCOPE_3).level());
        assertThrows(DomainRuleViolation.class, () -> filing.revise(complete()));
    }

    @Test
    void anUnverifiedImportIsUnverifiedAndItsCorrectionIsAnOrdinaryDraft() {
        HistoryEntry entry = new HistoryEntry(Ubn.of("35572200"), Year.of(2019), Emissions.of("1000"),
                Emissions.of("600"), Emissions.of("500"), Emissions.of("2500"), false);
        ProgressFiling filing = ProgressFiling.imported(7, entry, REVIEWER, NOW);
        assertEquals(AssuranceLevel.NONE, filing.verification(Scope.SCOPE_1).level());

        ProgressFiling correction = filing.startCorrection();
        assertFalse(correction.isImported());
        assertFalse(correction.isComplete());
        assertEquals(Emissions.of("1000"), correction.scope1());
    }
}
