package tw.netzero.portal.domain.model.filing;

import java.io.Serializable;
import java.time.Instant;
import java.time.Year;

/** One line of a company's list of filings. */
public record FilingSummary(
        Long id,
        Long companyId,
        Year reportingYear,
        int revision,
        FilingStatus status,
        boolean superseded,
        Instant submittedAt,
        long version) implements Serializable {
}
