package tw.netzero.portal.application.filing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static tw.netzero.portal.domain.model.filing.FilingExamples.PDF;
import static tw.netzero.portal.domain.model.filing.FilingExamples.PNG;
import static tw.netzero.portal.domain.model.filing.FilingExamples.complete;
import static tw.netzero.portal.domain.model.filing.FilingExamples.withScope1;
import static tw.netzero.portal.domain.model.filing.FilingExamples.withScope3;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.evidence.EvidenceType;
import tw.netzero.portal.domain.model.evidence.StoredFile;
import tw.netzero.portal.domain.model.filing.EvidenceFile;
import tw.netzero.portal.domain.model.filing.FilingDraft;
import tw.netzero.portal.domain.model.filing.FilingExamples;
import tw.netzero.portal.domain.model.filing.FilingStatus;
import tw.netzero.portal.domain.model.filing.FilingSummary;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.filing.Scope3EntryStatus;
import tw.netzero.portal.domain.model.shared.AccessDenied;
import tw.netzero.portal.domain.model.shared.ConcurrentChange;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.infrastructure.migration.DatabaseMigration;
import tw.netzero.portal.infrastructure.storage.EvidenceFolder;
import tw.netzero.portal.infrastructure.storage.EvidenceFolderImport;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.SignedIn;
import tw.netzero.portal.testing.TwoCompaniesTest;
import tw.netzero.portal.infrastructure.migration.DatabaseMigration;
import tw.netzero.portal.domain.model.shared.ConcurrentChange;
import tw.netzero.portal.testing.TwoCompanies;

/**
 * Progress filings inside Payara on MariaDB, each caller signed in through the real identity
 * store: the whole review workflow, who may read and change what, one filing per year,
 * stale saves, and evidence files in the database (moved there from the former folder at start).
 */
class FilingServiceIT extends TwoCompaniesTest {

    private static final Year YEAR = Year.of(2024);
    private static final String MEMBER_A = TwoCompanies.MEMBER_A;
    /** A user of company B (its member-admin, who has the member role too). */
    private static final String MEMBER_B = TwoCompanies.ADMIN_B;
    private static final String REVIEWER = TwoCompanies.REVIEWER;
    /** Company A's UBN (TwoCompanies). */
    private static final String COMPANY_A_UBN = "04595257";

    @Deployment
    static WebArchive deployment() {
        return Deployments.twoCompanies("filing-service-it")
                .addClasses(FilingExamples.class);
    }

    @Inject
    private FilingService filings;

    @Inject
    private ProgressService progress;

    @Inject
    private EvidenceFolder folder;

    @Inject
    private EvidenceFolderImport folderImport;

    /** Connections that are never part of the test's transaction: another user's, committing at once. */
    @Resource(lookup = DatabaseMigration.SEQUENCE_DATASOURCE)
    private DataSource outsideTransactions;

    private long companyA;
    private long companyB;

    @BeforeEach
    void companiesAAndBWithAMemberEachAndAReviewer() throws Exception {
        companyA = alliance.companyA();
        companyB = alliance.companyB();
        Files.createDirectories(folder.directory());
        try (Stream<Path> files = Files.list(folder.directory())) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void fromDraftThroughReturnAndAcceptanceToASupersedingCorrection() throws Exception {
        signInAs(MEMBER_A);
        FilingDetails draft = filings.startDraft(YEAR);
        assertEquals(FilingStatus.DRAFT, draft.status());
        assertEquals(1, draft.revision());
        long id = draft.id();
        filings.saveDraft(id, complete(), draft.version());
        filings.submit(id);

        signInAs(REVIEWER);
        assertRule("filing.workflow.commentRequired", () -> filings.returnForRevision(id, " "));
        filings.returnForRevision(id, "Attach the verification statement.");

        signInAs(MEMBER_A);
        FilingDetails returned = filings.filing(id);
        assertEquals(FilingStatus.RETURNED, returned.status());
        assertEquals("Attach the verification statement.", returned.reviewComment());
        filings.saveDraft(id, withScope1(complete(), "990"), returned.version());
        filings.attachEvidence(id, "verification-2024.pdf", PDF);
        filings.submit(id);
        assertRule("filing.notEditable", () -> filings.saveDraft(id, complete(), filings.filing(id).version()));

        signInAs(REVIEWER);
        filings.accept(id, "Thank you.");

        signInAs(MEMBER_A);
        assertRule("filing.notEditable", () -> filings.saveDraft(id, complete(), filings.filing(id).version()));
        assertRule("filing.notEditable", () -> filings.attachEvidence(id, "late.pdf", PDF));
        assertEquals(Emissions.of("1540.5"), filings.filing(id).totalEmissions());
        FilingDetails correction = filings.startCorrection(id);
        assertEquals(2, correction.revision());
        assertTrue(correction.isCorrection());
        assertEquals(Emissions.of("990"), filings.filing(correction.id()).scope1(), "starts from the accepted figures");
        assertRule("filing.duplicateYear", () -> filings.startCorrection(id));
        filings.saveDraft(correction.id(), withScope1(complete(), "995"), filings.filing(correction.id()).version());
        filings.submit(correction.id());

        signInAs(REVIEWER);
        filings.accept(correction.id(), null);

        signInAs(MEMBER_A);
        List<FilingSummary> own = filings.ownFilings();
        assertEquals(List.of(2, 1), own.stream().map(FilingSummary::revision).toList());
        assertEquals(List.of(FilingStatus.ACCEPTED, FilingStatus.ACCEPTED),
                own.stream().map(FilingSummary::status).toList());
        assertEquals(List.of(false, true), own.stream().map(FilingSummary::superseded).toList());
        assertEquals(YEAR, own.get(0).reportingYear());
        assertEquals(Emissions.of("990"), filings.filing(id).scope1(), "the superseded filing is kept as accepted");
        assertEquals(Emissions.of("1545.5"), filings.filing(correction.id()).totalEmissions());

        assertEquals(List.of(AuditAction.FILING_STARTED, AuditAction.FILING_SAVED, AuditAction.FILING_SUBMITTED,
                        AuditAction.FILING_RETURNED, AuditAction.FILING_SAVED, AuditAction.EVIDENCE_ATTACHED,
                        AuditAction.FILING_SUBMITTED, AuditAction.FILING_ACCEPTED,
                        AuditAction.FILING_CORRECTION_STARTED, AuditAction.FILING_SAVED, AuditAction.FILING_SUBMITTED,
                        AuditAction.FILING_ACCEPTED, AuditAction.FILING_SUPERSEDED),
                entityManager.createQuery("SELECT e.action FROM AuditEntry e WHERE e.targetType = 'filing'"
                        + " ORDER BY e.occurredAt, e.id", AuditAction.class).getResultList());
    }

    @Test
    void aMemberOfAnotherCompanyCanNeitherReadNorChangeAFilingNorItsEvidence() throws Exception {
        signInAs(MEMBER_A);
        long id = filings.startDraft(YEAR).id();
        filings.saveDraft(id, complete(), filings.filing(id).version());
        long evidenceId = filings.attachEvidence(id, "statement.pdf", PDF).id();

        signInAs(MEMBER_B);
        String before = snapshot();
        assertDenied(() -> filings.filing(id));
        assertDenied(() -> filings.saveDraft(id, withScope1(complete(), "1"), currentVersion(id)));
        assertDenied(() -> filings.submit(id));
        assertDenied(() -> filings.startCorrection(id));
        assertDenied(() -> filings.attachEvidence(id, "forged.pdf", PDF));
        assertDenied(() -> filings.evidence(evidenceId));
        assertDenied(() -> filings.evidenceOf(id));
        assertDenied(() -> filings.filingsOf(companyA));
        assertEquals(List.of(), filings.ownFilings());
        assertEquals(before, snapshot());

        signInAs(REVIEWER);
        assertDenied(() -> filings.startDraft(YEAR));
        assertDenied(() -> filings.saveDraft(id, withScope1(complete(), "1"), currentVersion(id)));
        assertDenied(() -> filings.submit(id));
        assertEquals(before, snapshot());

        request.logout();
        assertDenied(() -> filings.filing(id));
        assertDenied(() -> filings.evidence(evidenceId));
        assertEquals(before, snapshot());
    }

    @Test
    void aWholeFilingIsStartedSavedAndSubmittedInOneStepForTheCallersOwnCompanyOnly() throws Exception {
        signInAs(MEMBER_B);
        String before = snapshot();
        assertDenied(() -> filings.submitFiling(Ubn.of(COMPANY_A_UBN), YEAR, complete(), null));
        assertEquals(before, snapshot());

        signInAs(MEMBER_A);
        assertRule("filing.incomplete", () -> filings.submitFiling(Ubn.of(COMPANY_A_UBN), YEAR,
                FilingDraft.empty(), null));
        assertEquals(before, snapshot(), "a refused submission starts nothing");
        ProgressFiling submitted = filings.submitFiling(Ubn.of(COMPANY_A_UBN), YEAR, complete(), null);
        assertEquals(FilingStatus.SUBMITTED, filings.filing(submitted.id()).status());
        assertEquals(Emissions.of(complete().scope1()), filings.filing(submitted.id()).scope1());
        assertRule("filing.notEditable", () -> filings.submitFiling(Ubn.of(COMPANY_A_UBN), YEAR, complete(), null));
        assertEquals(List.of(AuditAction.FILING_STARTED, AuditAction.FILING_SAVED, AuditAction.FILING_SUBMITTED),
                entityManager.createQuery("SELECT e.action FROM AuditEntry e WHERE e.targetType = 'filing'"
                        + " ORDER BY e.occurredAt, e.id", AuditAction.class).getResultList());
    }

    @Test
    void aWholeFilingFromAStaleVersionIsRefused() throws Exception {
        signInAs(MEMBER_A);
        FilingDetails draft = filings.startDraft(YEAR);
        filings.saveDraft(draft.id(), complete(), draft.version());
        String before = snapshot();
        assertRule("concurrentChange", () -> filings.submitFiling(Ubn.of(COMPANY_A_UBN), YEAR, complete(),
                draft.version()));
        assertEquals(before, snapshot());
        filings.submitFiling(Ubn.of(COMPANY_A_UBN), YEAR, complete(), currentVersion(draft.id()));
        assertEquals(FilingStatus.SUBMITTED, filings.filing(draft.id()).status());
    }

    @Test
    void theSecretariatAndTheOwningCompanyReadTheFilingAndItsEvidence() throws Exception {
        signInAs(MEMBER_A);
        long id = filings.startDraft(YEAR).id();
        long evidenceId = filings.attachEvidence(id, "statement.pdf", PDF).id();
        assertEquals(1, filings.filingsOf(companyA).size());
        assertArrayEquals(PDF, filings.evidence(evidenceId).content());

        signInAs(REVIEWER);
        assertEquals(List.of(id), filings.filingsOf(companyA).stream().map(FilingSummary::id).toList());
        assertEquals(List.of(), filings.filingsOf(companyB));
        assertEquals(YEAR, filings.filing(id).reportingYear());
        assertEquals(List.of(evidenceId), filings.evidenceOf(id).stream().map(EvidenceDetails::id).toList());
        EvidenceDownload download = filings.evidence(evidenceId);
        assertArrayEquals(PDF, download.content());
        assertEquals("statement.pdf", download.originalName());
    }

    @Test
    void aSecondFilingForTheSameYearIsRefusedAndWritesNothing() throws Exception {
        signInAs(MEMBER_A);
        filings.startDraft(YEAR);
        String before = snapshot();
        long auditLines = auditLines();

        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> filings.startDraft(YEAR));

        assertEquals("filing.duplicateYear", refused.messageKey());
        assertEquals(List.of(2024), refused.arguments());
        assertEquals(before, snapshot());
        assertEquals(auditLines, auditLines());

        signInAs(MEMBER_B);
        assertEquals(companyB, filings.startDraft(YEAR).companyId(), "another company files the same year");
    }

    @Test
    void aReportingYearInTheFutureIsRefused() throws Exception {
        signInAs(MEMBER_A);
        String before = snapshot();
        assertViolations(Set.of("{filing.reportingYear.future}"), () -> filings.startDraft(Year.now(DueDates.ALLIANCE_ZONE).plusYears(1)));
        assertViolations(Set.of("{filing.reportingYear.required}"), () -> filings.startDraft(null));
        assertEquals(before, snapshot());
    }

    @Test
    void onlyTheYearsTheFormOffersAreFiledByTheFormAndTheApiAlike() throws Exception {
        signInAs(MEMBER_A);
        String before = snapshot();
        Year lastYear = Year.now(DueDates.ALLIANCE_ZONE).minusYears(1);
        for (Year outside : List.of(Year.of(1899), Year.of(2014), Year.now(DueDates.ALLIANCE_ZONE))) {
            FieldRuleViolation form = assertThrows(FieldRuleViolation.class, () -> filings.startDraft(outside));
            FieldRuleViolation api = assertThrows(FieldRuleViolation.class,
                    () -> filings.submitFiling(Ubn.of("04595257"), outside, complete(), null));
            for (FieldRuleViolation refused : List.of(form, api)) {
                assertEquals("year", refused.field());
                assertEquals("filing.reportingYear.outOfRange", refused.messageKey());
                assertEquals(List.of(outside.getValue(), 2015, lastYear.getValue()), refused.arguments());
            }
        }
        assertEquals(before, snapshot(), "nothing started");
        assertEquals(Year.of(2015), filings.startDraft(Year.of(2015)).reportingYear());
        assertEquals(lastYear, filings.submitFiling(Ubn.of("04595257"), lastYear, complete(), null).reportingYear());
    }

    @Test
    void anIncompleteDraftIsOnTheProgressOverviewWithoutATotal() throws Exception {
        signInAs(MEMBER_A);
        FilingDetails draft = filings.startDraft(YEAR);
        filings.saveDraft(draft.id(), new FilingDraft(new BigDecimal("1000"), null, null, Map.of(), null, null, null,
                Map.of()), draft.version());

        ProgressReport report = progress.ownProgress();

        ProgressReport.YearLine line = report.years().get(0);
        assertEquals(YEAR, line.year());
        assertEquals(null, line.total());
        assertEquals(null, line.assessment());
    }

    @Test
    void aSaveFromAStaleVersionIsRefusedAndLeavesTheFirstSave() throws Exception {
        signInAs(MEMBER_A);
        FilingDetails draft = filings.startDraft(YEAR);
        long seen = draft.version();
        filings.saveDraft(draft.id(), withScope1(complete(), "1000"), seen);
        long afterFirstSave = currentVersion(draft.id());
        assertTrue(afterFirstSave > seen);
        String before = snapshot();

        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> filings.saveDraft(draft.id(), withScope1(complete(), "2000"), seen));

        assertEquals("concurrentChange", refused.messageKey());
        assertEquals(before, snapshot());
        assertEquals(Emissions.of("1000"), filings.filing(draft.id()).scope1());

        // A change to scope 3 alone is a change of the filing too: the next stale save must see it.
        filings.saveDraft(draft.id(), withScope3(withScope1(complete(), "1000"), Scope3Category.BUSINESS_TRAVEL,
                new FilingDraft.Scope3Figure(Scope3EntryStatus.REPORTED, new BigDecimal("12"), null)), afterFirstSave);
        assertTrue(currentVersion(draft.id()) > afterFirstSave);
        assertEquals("concurrentChange", assertThrows(DomainRuleViolation.class,
                () -> filings.saveDraft(draft.id(), complete(), afterFirstSave)).messageKey());
    }

    /**
     * The race the version check cannot see: both saves read the same version, the other one commits
     * first. The loser's update finds the row changed ({@code @Version}) and the service says so with
     * the same {@link ConcurrentChange} as a stale save, rolled back, not as a failed commit.
     */
    @Test
    void aSaveThatLosesTheRaceToAConcurrentCommitIsAConcurrentChange() throws Exception {
        signInAs(MEMBER_A);
        FilingDetails draft = filings.startDraft(YEAR);
        filings.saveDraft(draft.id(), withScope1(complete(), "1000"), draft.version());
        long seen = currentVersion(draft.id());

        transaction.begin();
        try {
            filings.filing(draft.id()); // read in this transaction, at version `seen`
            try (Connection other = outsideTransactions.getConnection();
                 PreparedStatement commitsFirst = other.prepareStatement(
                         "UPDATE progress_filing SET version = version + 1 WHERE id = ?")) {
                commitsFirst.setLong(1, draft.id());
                assertEquals(1, commitsFirst.executeUpdate());
            }
            assertThrows(ConcurrentChange.class,
                    () -> filings.saveDraft(draft.id(), withScope1(complete(), "2000"), seen));
        } finally {
            transaction.rollback();
        }
        assertEquals(seen + 1, currentVersion(draft.id()));
        assertEquals(Emissions.of("1000"), filings.filing(draft.id()).scope1());
    }

    @Test
    void implausibleFiguresAreRefusedByBeanValidationAndWriteNothing() throws Exception {
        signInAs(MEMBER_A);
        FilingDetails draft = filings.startDraft(YEAR);
        String before = snapshot();
        FilingDraft good = complete();
        FilingDraft bad = new FilingDraft(new BigDecimal("-1"), new BigDecimal("2000000000"), good.scope2MarketBased(),
                withScope3(good, Scope3Category.CAPITAL_GOODS,
                        new FilingDraft.Scope3Figure(Scope3EntryStatus.REPORTED, new BigDecimal("-5"), null)).scope3(),
                new BigDecimal("-3"), new BigDecimal("100.5"), "x".repeat(ProgressFiling.REDUCTION_ACTIONS_MAX + 1),
                good.verification());

        Set<ConstraintViolation<?>> violations = assertViolations(Set.of("{emissions.negative}",
                        "{emissions.tooLarge}", "{filing.energy.negative}", "{filing.renewableShare.range}",
                        "{filing.reductionActions.size}"),
                () -> filings.saveDraft(draft.id(), bad, draft.version()));
        assertEquals(6, violations.size(), "scope 3 figures are validated too: " + violations);
        assertEquals(before, snapshot());
    }

    @Test
    void theYearsActivityIsStoredWithTheFilingAndBadActivityIsRefusedAtItsFieldWritingNothing() throws Exception {
        signInAs(MEMBER_A);
        ProgressFiling submitted = filings.submitFiling(Ubn.of(COMPANY_A_UBN), YEAR, complete()
                .withActivity(new BigDecimal("1250000.5"), "t of steel", new BigDecimal("38250.125")), null);
        entityManager.getEntityManagerFactory().getCache().evictAll();
        FilingDetails stored = filings.filing(submitted.id());
        assertEquals(new BigDecimal("1250000.500"), stored.productionOutput());
        assertEquals("t of steel", stored.productionUnit());
        assertEquals(new BigDecimal("38250.125"), stored.netRevenueMillionNtd());

        signInAs(MEMBER_B);
        FilingDetails draft = filings.startDraft(YEAR);
        String before = snapshot();
        assertViolations(Set.of("{filing.productionOutput.notPositive}", "{filing.netRevenue.notPositive}",
                        "{filing.productionUnit.size}"),
                () -> filings.saveDraft(draft.id(), complete().withActivity(BigDecimal.ZERO,
                        "t".repeat(ProgressFiling.PRODUCTION_UNIT_MAX + 1), new BigDecimal("-1")), draft.version()));
        assertEquals("filing.productionUnit.required", assertThrows(FieldRuleViolation.class,
                () -> filings.saveDraft(draft.id(), complete().withActivity(BigDecimal.TEN, " ", null),
                        draft.version())).messageKey());
        FieldRuleViolation unitWithoutOutput = assertThrows(FieldRuleViolation.class,
                () -> filings.saveDraft(draft.id(), complete().withActivity(null, "t of steel", null), draft.version()));
        assertEquals("productionOutput", unitWithoutOutput.field());
        assertEquals("filing.productionOutput.required", unitWithoutOutput.messageKey());
        assertEquals(before, snapshot());
    }

    /** The member filing API's GET (decision 0042): the company's latest filing of the year, for its own users only. */
    @Test
    void aCompanysFilingOfAYearIsReadByItsOwnUsersOnly() throws Exception {
        signInAs(MEMBER_A);
        assertTrue(filings.ownFilingOf(Ubn.of(COMPANY_A_UBN), YEAR).isEmpty());
        ProgressFiling submitted = filings.submitFiling(Ubn.of(COMPANY_A_UBN), YEAR, complete()
                .withActivity(null, null, new BigDecimal("38250.125")), null);

        FilingDetails read = filings.ownFilingOf(Ubn.of(COMPANY_A_UBN), YEAR).orElseThrow();
        assertEquals(submitted.id(), read.id());
        assertEquals(new BigDecimal("38250.125"), read.netRevenueMillionNtd());

        signInAs(MEMBER_B);
        assertDenied(() -> filings.ownFilingOf(Ubn.of(COMPANY_A_UBN), YEAR));
    }

    @Test
    void goodEvidenceIsStoredInTheDatabaseUnderAGeneratedNameAndReadBackIdentical() throws Exception {
        signInAs(MEMBER_A);
        long id = filings.startDraft(YEAR).id();
        byte[] content = FilingExamples.pdf(200_000);

        EvidenceFile evidence = filings.attachEvidence(id, "C:\\fakepath\\Verification statement 2024.pdf", content);

        assertEquals("Verification statement 2024.pdf", evidence.file().originalName());
        assertEquals(EvidenceType.PDF, evidence.file().type());
        assertEquals(content.length, evidence.file().sizeBytes());
        assertEquals(StoredFile.sha256(content), evidence.file().sha256());
        assertEquals(MEMBER_A, evidence.uploadedBy());
        assertTrue(evidence.file().storedName().matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}"), evidence.file().storedName());
        assertEquals(List.of(evidence.file().storedName()), storedFiles());
        assertArrayEquals(content, storedContent(evidence.file().storedName()));
        try (Stream<Path> files = Files.list(folder.directory())) {
            assertEquals(List.of(), files.toList(), "nothing on this instance's disk");
        }

        entityManager.getEntityManagerFactory().getCache().evictAll();
        EvidenceDownload download = filings.evidence(evidence.id());
        assertArrayEquals(content, download.content());
        assertEquals("Verification statement 2024.pdf", download.originalName());
        assertEquals("application/pdf", download.contentType());
        assertEquals(List.of(evidence.id()), filings.evidenceOf(id).stream().map(EvidenceDetails::id).toList());
    }

    @Test
    void evidenceStoredInTheFormerFolderIsMovedIntoTheDatabaseOnceAndOnlyIfItStillMatches() throws Exception {
        signInAs(MEMBER_A);
        long id = filings.startDraft(YEAR).id();
        EvidenceFile kept = filings.attachEvidence(id, "statement.pdf", PDF);
        EvidenceFile changed = filings.attachEvidence(id, "statement-2.pdf", FilingExamples.pdf(1_000));
        EvidenceFile elsewhere = filings.attachEvidence(id, "statement-3.pdf", FilingExamples.pdf(2_000));
        // As before V23: the bytes were in a folder of the instance that received them.
        transaction.begin();
        entityManager.createNativeQuery("DELETE FROM evidence_content").executeUpdate();
        transaction.commit();
        Files.write(folder.directory().resolve(kept.file().storedName()), PDF);
        Files.write(folder.directory().resolve(changed.file().storedName()), FilingExamples.pdf(1_001));

        assertEquals(new EvidenceFolderImport.Imported(1, 1, 1), folderImport.importMissing());
        assertEquals(new EvidenceFolderImport.Imported(0, 1, 1), folderImport.importMissing(), "imported once");

        assertArrayEquals(PDF, filings.evidence(kept.id()).content());
        assertEquals(List.of(kept.file().storedName()), storedFiles());
        assertThrows(Exception.class, () -> filings.evidence(changed.id()));
        assertThrows(Exception.class, () -> filings.evidence(elsewhere.id()));
    }

    @Test
    void badEvidenceIsRefusedAndNothingIsStored() throws Exception {
        signInAs(MEMBER_A);
        long id = filings.startDraft(YEAR).id();
        String before = snapshot();
        byte[] justOverTheLimit = FilingExamples.pdf((int) EvidenceType.DEFAULT_MAX_BYTES + 1);

        assertRule("evidence.unknownType", () -> filings.attachEvidence(id, "notes.pdf", "just words".getBytes()));
        assertRule("evidence.extensionMismatch", () -> filings.attachEvidence(id, "statement.pdf", PNG));
        assertRule("evidence.tooLarge", () -> filings.attachEvidence(id, "statement.pdf", justOverTheLimit));
        assertRule("evidence.empty", () -> filings.attachEvidence(id, "statement.pdf", new byte[0]));
        assertViolations(Set.of("{evidence.name.required}"), () -> filings.attachEvidence(id, " ", PDF));

        assertEquals(before, snapshot());
        assertEquals(0L, evidenceRows());
        assertEquals(List.of(), storedFiles());
    }

    @Test
    void aStoredFileRollsBackWithItsTransaction() throws Exception {
        signInAs(MEMBER_A);
        long id = filings.startDraft(YEAR).id();

        transaction.begin();
        String storedName = filings.attachEvidence(id, "statement.pdf", PDF).file().storedName();
        assertEquals(List.of(storedName), storedFiles());
        transaction.rollback();

        assertEquals(0L, evidenceRows());
        assertEquals(List.of(), storedFiles());
    }

    /** Filings with their versions and statuses, scope 3 rows, evidence rows and stored files. */
    private String snapshot() throws Exception {
        entityManager.getEntityManagerFactory().getCache().evictAll();
        List<?> filingRows = entityManager.createQuery("SELECT CONCAT(f.id, ':', f.version, ':', f.status)"
                + " FROM ProgressFiling f ORDER BY f.id").getResultList();
        List<?> scope3Rows = entityManager.createNativeQuery("SELECT CONCAT(filing_id, ':', category, ':',"
                + " COALESCE(tonnes, '-')) FROM progress_filing_scope3 ORDER BY filing_id, category").getResultList();
        List<?> evidenceRows = entityManager.createQuery("SELECT e.file.storedName FROM EvidenceFile e ORDER BY e.id")
                .getResultList();
        return filingRows + "#" + scope3Rows + "#" + evidenceRows + "#" + storedFiles();
    }

    /** The names of the evidence files whose bytes are in the database. */
    private List<String> storedFiles() {
        return entityManager.createNativeQuery("SELECT stored_name FROM evidence_content ORDER BY stored_name")
                .getResultList().stream().map(String::valueOf).toList();
    }

    private byte[] storedContent(String storedName) {
        return (byte[]) entityManager.createNativeQuery("SELECT content FROM evidence_content WHERE stored_name = ?1")
                .setParameter(1, storedName).getSingleResult();
    }

    private long currentVersion(long filingId) {
        return entityManager.createQuery("SELECT f.version FROM ProgressFiling f WHERE f.id = :id", Long.class)
                .setParameter("id", filingId).getSingleResult();
    }

    private long evidenceRows() {
        return entityManager.createQuery("SELECT COUNT(e) FROM EvidenceFile e", Long.class).getSingleResult();
    }

    private long auditLines() {
        return entityManager.createQuery("SELECT COUNT(e) FROM AuditEntry e", Long.class).getSingleResult();
    }

    private static void assertRule(String key, Runnable call) {
        assertEquals(key, assertThrows(DomainRuleViolation.class, call::run).messageKey());
    }

    /** Refused for the caller's role (container) or company (CallerAccess). */
    private static void assertDenied(Supplier<?> call) {
        try {
            call.get();
            fail("allowed");
        } catch (EJBAccessException | AccessDenied denied) {
            // refused, as it should be
        } catch (EJBException wrapped) {
            if (!(wrapped.getCause() instanceof AccessDenied)) {
                throw wrapped;
            }
        }
    }

    private static Set<ConstraintViolation<?>> assertViolations(Set<String> templates, Runnable call) {
        Throwable thrown = assertThrows(Exception.class, call::run);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violations) {
                Set<String> found = violations.getConstraintViolations().stream()
                        .map(ConstraintViolation::getMessageTemplate).collect(Collectors.toSet());
                assertEquals(templates, found, violations::getMessage);
                return violations.getConstraintViolations();
            }
        }
        return fail("No constraint violations in " + thrown);
    }
}
