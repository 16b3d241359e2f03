package tw.netzero.portal.domain.model.filing;

import java.time.Year;
import java.util.List;
import java.util.Optional;

/** Progress filings and their evidence files. */
public interface FilingRepository {

    Optional<ProgressFiling> find(long id);

    /** Every filing of the company for the year, the latest revision first. */
    List<ProgressFiling> ofYear(long companyId, Year reportingYear);

    /** The company's filings, newest year and revision first. */
    List<FilingSummary> summariesOf(long companyId);

    void add(ProgressFiling filing);

    Optional<EvidenceFile> findEvidence(long id);

    List<EvidenceFile> evidenceOf(long filingId);

    void add(EvidenceFile evidence);
}
