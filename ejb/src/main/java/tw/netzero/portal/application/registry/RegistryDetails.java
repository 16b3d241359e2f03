package tw.netzero.portal.application.registry;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import tw.netzero.portal.application.CompanyRecordDetails;
import tw.netzero.portal.domain.model.registry.RegistrationDuty;
import tw.netzero.portal.domain.model.registry.RegistryCommand;
import tw.netzero.portal.domain.model.registry.RegistryDeadlines;
import tw.netzero.portal.domain.model.registry.RegistryRecord;
import tw.netzero.portal.domain.model.registry.VerificationStatus;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * A member's MOENV registry year as the member's registry page and the secretariat's reconciliation
 * read it: a read-only copy of {@link RegistryRecord}, so that no entity reaches a view (issue 19,
 * item 2). {@code version} is what a correction or a publication sends back.
 *
 * @param duty       whether and why the year had to be registered
 * @param registered direct + indirect emissions as registered, the figure the filing is reconciled with
 * @param published  public on the profile, no longer changed
 */
public record RegistryDetails(long id, long version, Year inventoryYear, boolean listedIndustry, Emissions direct,
                              Emissions indirect, RegistrationDuty duty, Emissions registered, LocalDate registeredOn,
                              VerificationStatus verificationStatus, LocalDate verifiedOn, boolean carbonFeePayer,
                              boolean reductionPlanApproved, BigDecimal targetRate, String differenceReason,
                              boolean published) implements CompanyRecordDetails, Serializable {

    private static final long serialVersionUID = 1L;

    public static RegistryDetails of(RegistryRecord record) {
        return new RegistryDetails(record.id(), record.version(), record.inventoryYear(), record.listedIndustry(),
                record.direct(), record.indirect(), record.duty(), record.registered(), record.registeredOn(),
                record.verificationStatus(), record.verifiedOn(), record.carbonFeePayer(),
                record.reductionPlanApproved(), record.targetRate(), record.differenceReason(), record.isPublished());
    }

    /** MOENV's two dates for the year: registration by 30 April, verification by 31 October. */
    public RegistryDeadlines deadlines() {
        return new RegistryDeadlines(inventoryYear);
    }

    /** The command that states the year again, for correcting it. */
    public RegistryCommand toCommand() {
        return new RegistryCommand(inventoryYear.getValue(), listedIndustry, direct.tonnes(), indirect.tonnes(),
                registeredOn, verificationStatus, verifiedOn, carbonFeePayer, reductionPlanApproved, targetRate,
                differenceReason);
    }
}
