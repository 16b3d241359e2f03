package tw.netzero.portal.application.credit;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import tw.netzero.portal.application.CompanyRecordDetails;
import tw.netzero.portal.domain.model.credit.CreditCommand;
import tw.netzero.portal.domain.model.credit.CreditProjectType;
import tw.netzero.portal.domain.model.credit.CreditRegistry;
import tw.netzero.portal.domain.model.credit.CreditRetirement;
import tw.netzero.portal.domain.model.credit.SerialRange;

/**
 * A retirement of carbon credits as the member's credits page reads it: a read-only copy of
 * {@link CreditRetirement}, so that no entity reaches a view (issue 19, item 2). {@code version} is
 * what a correction, a publication or a removal sends back.
 *
 * @param tonnes    tonnes CO2e retired, one per serial
 * @param published public on the profile, no longer changed
 */
public record CreditDetails(long id, long version, CreditRegistry registry, SerialRange serials, BigDecimal tonnes,
                            Year vintage, CreditProjectType projectType, LocalDate retiredOn, String claimedFor,
                            boolean published) implements CompanyRecordDetails, Serializable {

    private static final long serialVersionUID = 1L;

    public static CreditDetails of(CreditRetirement retirement) {
        return new CreditDetails(retirement.id(), retirement.version(), retirement.registry(), retirement.serials(),
                retirement.tonnes(), retirement.vintage(), retirement.projectType(), retirement.retiredOn(),
                retirement.claimedFor(), retirement.isPublished());
    }

    /** The command that states the retirement again, for correcting it. */
    public CreditCommand toCommand() {
        return new CreditCommand(registry, serials.first(), serials.last(), vintage.getValue(), projectType, retiredOn,
                claimedFor);
    }
}
