package tw.netzero.portal.application.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.application.filing.FilingDetails;
import tw.netzero.portal.application.filing.FilingService;
import tw.netzero.portal.application.filing.ProgressReport;
import tw.netzero.portal.application.filing.ProgressService;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.filing.AssuranceLevel;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.history.ImportPreview;
import tw.netzero.portal.domain.model.history.PreviewRow;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.TwoCompaniesTest;
import tw.netzero.portal.testing.TwoCompanies;

/**
 * The history import inside Payara on MariaDB, signed in through the real identity store: the
 * preview writes nothing, confirming writes every good row and no bad one in one transaction
 * after checking the file again, and it is audited. Who may import: AccessMatrixIT.
 */
class HistoryImportServiceIT extends TwoCompaniesTest {

    /**
     * Company A (04595257) 2021 and 2022 and company B (04702088) 2021 are good when previewed;
     * the rest is bad: a wrong check digit, a company not in the portal, a negative figure.
     */
    private static final String FILE = """
            UBN,Year,Scope 1 (tCO2e),Scope 2 location-based (tCO2e),Scope 2 market-based (tCO2e),Scope 3 (tCO2e),Verified
            04595257,2021,1000,600,500,2500,yes
            04595257,2022,950.5,580,480,2400,no
            04702088,2021,300,200,150,90,no
            04595258,2021,1,2,3,4,no
            00238778,2021,1,2,3,4,no
            04595257,2020,-5,2,3,4,no
            """;

    @Deployment
    static WebArchive deployment() {
        return Deployments.twoCompanies("history-import-it");
    }

    @Inject
    private HistoryImportService historyImport;

    @Inject
    private FilingService filings;

    @Inject
    private ProgressService progress;

    @Test
    void writesNothingUntilConfirmedThenEveryRowStillGoodAndNoBadOneInOneAuditedTransaction() throws Exception {
        signedIn.as(TwoCompanies.SECRETARIAT_ADMIN, TwoCompanies.PASSWORD);
        ImportPreview preview = historyImport.preview("history.csv", csv());

        assertEquals(List.of(2, 3, 4), rowNumbers(preview.goodRows()));
        assertEquals(Map.of(5, List.of("history.ubn.invalid"), 6, List.of("history.company.unknown"),
                        7, List.of("history.emissions.negative")), reasons(preview.badRows()));
        assertEquals("Company A", preview.rows().get(0).company().nameEn());
        assertEquals(0, filingCount(), "the preview wrote nothing");
        assertEquals(0, auditCount(AuditAction.HISTORY_IMPORTED));

        // Between preview and confirmation, company B starts its own filing for 2021.
        request.logout();
        signedIn.as(TwoCompanies.ADMIN_B, TwoCompanies.PASSWORD);
        filings.startDraft(Year.of(2021));
        request.logout();

        signedIn.as(TwoCompanies.SECRETARIAT_ADMIN, TwoCompanies.PASSWORD);
        ImportResult result = historyImport.importGoodRows("history.csv", csv());

        assertEquals(2, result.importedCount());
        assertEquals(Map.of(4, List.of("history.row.alreadyFiled"), 5, List.of("history.ubn.invalid"),
                6, List.of("history.company.unknown"), 7, List.of("history.emissions.negative")),
                reasons(result.skippedRows()));
        assertEquals(List.of("A:2021:ACCEPTED:true", "A:2022:ACCEPTED:true", "B:2021:DRAFT:false"), filingsByCompany());

        FilingDetails verified = filings.filing(result.filingIds().get(0));
        assertEquals(Emissions.of("4000"), verified.totalEmissions(), "scope 1 + market-based scope 2 + scope 3");
        assertEquals(AssuranceLevel.LIMITED, verified.verification(Scope.SCOPE_1).level());
        assertEquals(TwoCompanies.SECRETARIAT_ADMIN, verified.reviewer());
        assertEquals(AssuranceLevel.NONE, filings.filing(result.filingIds().get(1)).verification(Scope.SCOPE_2).level());

        assertEquals(1, auditCount(AuditAction.HISTORY_IMPORTED));
        assertEquals(2, auditCount(AuditAction.FILING_IMPORTED));
        String details = entityManager.createQuery("SELECT e.details FROM AuditEntry e WHERE e.action = :action",
                String.class).setParameter("action", AuditAction.HISTORY_IMPORTED).getSingleResult();
        assertTrue(details.startsWith("history.csv (sha256 "), details);
        assertTrue(details.endsWith("2 rows imported, 4 skipped (rows 4, 5, 6, 7)"), details);

        // They count like accepted filings in the company's progress.
        ProgressReport report = progress.progressOf(alliance.companyA());
        assertEquals(Map.of(Year.of(2021), Emissions.of("4000"), Year.of(2022), Emissions.of("3830.5")),
                report.reportedTotals());

        // The same file again: every row is now filed or bad, nothing more is written.
        DomainRuleViolation nothingLeft = assertThrows(DomainRuleViolation.class,
                () -> historyImport.importGoodRows("history.csv", csv()));
        assertEquals("history.import.nothingToImport", nothingLeft.messageKey());
        assertEquals(3, filingCount());
    }

    @Test
    void aFileThatIsNoImportFileIsRefusedWhole() throws Exception {
        signedIn.as(TwoCompanies.SECRETARIAT_ADMIN, TwoCompanies.PASSWORD);
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> historyImport.importGoodRows(
                "history.csv", "04595257,2021,1,2,3,4,yes\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("history.file.noHeader", refused.messageKey());
        assertEquals(0, filingCount());
    }

    private static byte[] csv() {
        return FILE.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Integer> rowNumbers(List<PreviewRow> rows) {
        return rows.stream().map(PreviewRow::rowNumber).toList();
    }

    private static Map<Integer, List<String>> reasons(List<PreviewRow> rows) {
        return rows.stream().collect(Collectors.toMap(PreviewRow::rowNumber,
                row -> row.problems().stream().map(problem -> problem.messageKey()).toList()));
    }

    private long filingCount() {
        return entityManager.createQuery("SELECT COUNT(f) FROM ProgressFiling f", Long.class).getSingleResult();
    }

    private long auditCount(AuditAction action) {
        return entityManager.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action", Long.class)
                .setParameter("action", action).getSingleResult();
    }

    /** Company (A or B), year, status and whether imported, of every filing. */
    private List<String> filingsByCompany() {
        entityManager.getEntityManagerFactory().getCache().evictAll();
        return entityManager.createQuery("SELECT f FROM ProgressFiling f ORDER BY f.companyId, f.reportingYear",
                        ProgressFiling.class).getResultList().stream()
                .map(f -> (f.companyId() == alliance.companyA() ? "A" : "B") + ":" + f.reportingYear() + ":"
                        + f.status() + ":" + f.isImported())
                .toList();
    }
}
