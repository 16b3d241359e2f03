package tw.netzero.portal.application.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.application.ChecksConcurrentChanges;
import tw.netzero.portal.application.account.CallerAccess;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.company.CompanyRepository;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.filing.FilingRepository;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.history.HistoryImport;
import tw.netzero.portal.domain.model.history.ImportPreview;
import tw.netzero.portal.domain.model.history.ImportTargets;
import tw.netzero.portal.domain.model.history.PreviewRow;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.cycle.DueDates;

/**
 * The secretariat's import of members' inventories of earlier years (docs/bulk-import.md).
 * {@link #preview} reads and checks a file and writes nothing; {@link #importGoodRows} checks
 * the same file again, inside its own transaction (the data may have changed since the
 * preview), and writes an accepted filing for every good row, skipping the bad ones, in that
 * one transaction, recorded in the audit trail.
 */
@Stateless
@ChecksConcurrentChanges
public class HistoryImportService {

    private static final String HISTORY_IMPORT = "history-import";
    private static final String FILING = "filing";

    @Inject
    private CompanyRepository companies;

    @Inject
    private FilingRepository filings;

    @Inject
    private Clock clock;

    @Inject
    private ImportFileReader reader;

    @Inject
    private PortalSettings settings;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @EJB
    private CallerAccess access;

    @EJB
    private AuditLog audit;

    /** Every row of the file, checked; nothing is written. A file that is no import file is refused whole. */
    @RolesAllowed(Roles.SECRETARIAT_ADMIN)
    public ImportPreview preview(String fileName, @NotNull(message = "{history.file.empty}") byte[] content) {
        return check(fileName, content);
    }

    /**
     * Imports the good rows of the file as accepted filings and skips the bad ones, all in one
     * transaction; refuses with {@code history.import.nothingToImport} when no row is good.
     */
    @RolesAllowed(Roles.SECRETARIAT_ADMIN)
    public ImportResult importGoodRows(String fileName, @NotNull(message = "{history.file.empty}") byte[] content) {
        ImportPreview checked = check(fileName, content);
        if (!checked.hasGoodRows()) {
            throw new DomainRuleViolation("history.import.nothingToImport");
        }
        String importer = access.current().email();
        Instant now = clock.instant();
        List<ProgressFiling> written = new ArrayList<>();
        for (PreviewRow row : checked.goodRows()) {
            ProgressFiling filing = ProgressFiling.imported(row.company().id(), row.entry(), importer, now);
            filings.add(filing);
            written.add(filing);
        }
        try {
            // A member starting a filing for one of these years since the check is caught by
            // the unique key (company, year, revision): then nothing of the file is written.
            entityManager.flush();
        } catch (PersistenceException raceLost) {
            throw new DomainRuleViolation("history.import.concurrentFiling");
        }
        for (ProgressFiling filing : written) {
            audit.record(AuditAction.FILING_IMPORTED, FILING, filing.id(), "company " + filing.companyId() + ", "
                    + filing.reportingYear() + ", total " + filing.totalEmissions());
        }
        audit.record(AuditAction.HISTORY_IMPORTED, HISTORY_IMPORT, null, fileName + " (sha256 " + sha256(content)
                + "): " + written.size() + " rows imported, " + checked.badRows().size() + " skipped"
                + (checked.badRows().isEmpty() ? "" : " (rows " + checked.badRows().stream()
                        .map(row -> String.valueOf(row.rowNumber())).collect(Collectors.joining(", ")) + ")"));
        return new ImportResult(checked, written.stream().map(ProgressFiling::id).toList());
    }

    private ImportPreview check(String fileName, byte[] content) {
        return HistoryImport.check(reader.read(fileName, content, settings.historyImportLimits()),
                DueDates.thisYear(clock), new PortalTargets());
    }

    /** The portal's companies and filings, each company looked up once per file. */
    private final class PortalTargets implements ImportTargets {
        private final Map<Ubn, Optional<KnownCompany>> known = new HashMap<>();

        @Override
        public Optional<KnownCompany> companyByUbn(Ubn ubn) {
            return known.computeIfAbsent(ubn, key -> companies.findByUbn(key)
                    .map(company -> new KnownCompany(company.id(), company.nameEn(), company.nameZh())));
        }

        @Override
        public boolean hasFiling(long companyId, Year year) {
            return filings.hasFiling(companyId, year);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
