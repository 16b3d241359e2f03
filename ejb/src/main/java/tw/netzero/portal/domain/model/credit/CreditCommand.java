package tw.netzero.portal.domain.model.credit;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import tw.netzero.portal.domain.model.shared.NoHiddenCharacters;
import tw.netzero.portal.domain.model.shared.YearBetween;

/**
 * A retirement of carbon credits as a member states it (the form's command, docs/architecture.md
 * "Forms"): ranges by Bean Validation at each field, the rules across fields in
 * {@link CreditRetirement}. Each component's name is its input's id on member/credits.xhtml.
 *
 * @param claimedFor what the member claimed the retirement for (a product, an event, a year's
 *                   contribution beyond its value chain), as it says so publicly
 */
public record CreditCommand(
        CreditRegistry registry,
        @Min(value = 1, message = "{credit.serial.range}") Long serialFirst,
        @Min(value = 1, message = "{credit.serial.range}") Long serialLast,
        @YearBetween(min = CreditRetirement.FIRST_VINTAGE, max = CreditRetirement.LAST_VINTAGE,
                message = "{credit.vintage.range}") Integer vintage,
        CreditProjectType projectType,
        LocalDate retiredOn,
        @Size(max = CreditRetirement.CLAIM_MAX, message = "{credit.claimedFor.size}") @NoHiddenCharacters
        String claimedFor) implements Serializable {

    private static final long serialVersionUID = 1L;
}
