package tw.netzero.portal.domain.model.pledge;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import tw.netzero.portal.domain.model.shared.Amount;

/**
 * A member's restatement of the base year of the pledge in force as typed (the form's command,
 * docs/architecture.md "Forms"): why, the new base-year total and what changed. The range of the
 * total is checked by Bean Validation at its field; the rules that need the ledger (no pledge in
 * force, one already waiting, evidence for a change over 50 %) and the explanation's are the
 * domain's ({@link BaseYearRestatement}, {@link RestatementEntry}). Each component's name is the id
 * of its input, so a message lands at its field.
 */
public record RestatementCommand(
        @NotNull RestatementReason reason,
        @NotNull @Amount(min = "0", max = PledgeDraft.TONNES_MAX, fraction = 3, message = "{emissions.range}",
                decimalsMessage = "{emissions.digits}") BigDecimal newTotal,
        String explanation) implements Serializable {

    private static final long serialVersionUID = 1L;
}
