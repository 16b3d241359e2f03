package tw.netzero.portal.domain.model.filing;

import java.time.Year;
import java.util.List;
import java.util.Optional;

/** Progress filings and their evidence files. */
public interface FilingRepository {

    Optional<ProgressFiling> find(long id);

    /** Every filing of the company for the year, the latest revision first. */
    List<ProgressFiling> ofYear(long companyId, Year reportingYear);

    /** Whether the company has a filing for the year, in any state (without loading it). */
    boolean hasFiling(long companyId, Year reportingYear);

    /** The company's filings, newest year and revision first. */
    List<FilingSummary> summariesOf(long companyId);

    /** A company's filings that are not superseded by a correction, by year. */
    List<ProgressFiling> currentOf(long companyId);

    void add(ProgressFiling filing);

    /**
     * Counts a revision in the filing's version even when only scope 3 lines changed: they are
     * rows of their own, which JPA would not count, and a stale save must still be noticed.
     */
    void markRevised(ProgressFiling filing);

    Optional<EvidenceFile> findEvidence(long id);

    List<EvidenceFile> evidenceOf(long filingId);

    void add(EvidenceFile evidence);
}
