package tw.netzero.portal.domain.model.registry;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import tw.netzero.portal.domain.model.shared.NoHiddenCharacters;
import tw.netzero.portal.domain.model.shared.ValidEmissions;
import tw.netzero.portal.domain.model.shared.YearBetween;

/**
 * A member's MOENV registry figures of one inventory year as it states them (the form's command,
 * docs/architecture.md "Forms"): ranges by Bean Validation at each field, the rules across fields in
 * {@link RegistryRecord}. Each component's name is its input's id on member/registry.xhtml.
 *
 * @param direct           scope 1 as registered (t CO2e)
 * @param indirect         scope 2 as registered (t CO2e), purchased energy at the grid's factor
 * @param registeredOn     the day the inventory was registered; null while not yet
 * @param verifiedOn       the day the verification statement was issued; only when verified
 * @param targetRate       the approved voluntary reduction plan's target rate in per cent
 * @param differenceReason why the filed scope 1 + 2 differs from the registered figure, if it does
 */
public record RegistryCommand(
        @YearBetween(min = RegistryRecord.FIRST_YEAR, max = RegistryRecord.LAST_YEAR,
                message = "{registry.inventoryYear.range}") Integer inventoryYear,
        boolean listedIndustry,
        @ValidEmissions BigDecimal direct,
        @ValidEmissions BigDecimal indirect,
        LocalDate registeredOn,
        VerificationStatus verificationStatus,
        LocalDate verifiedOn,
        boolean carbonFeePayer,
        boolean reductionPlanApproved,
        BigDecimal targetRate,
        @Size(max = RegistryRecord.REASON_MAX, message = "{registry.differenceReason.size}") @NoHiddenCharacters
        String differenceReason) implements Serializable {

    private static final long serialVersionUID = 1L;
}
