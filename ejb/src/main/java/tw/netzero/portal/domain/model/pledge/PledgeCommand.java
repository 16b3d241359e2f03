package tw.netzero.portal.domain.model.pledge;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tw.netzero.portal.domain.model.shared.Amount;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.domain.model.shared.YearBetween;

/**
 * The pledge's own terms as a member states them in the wizard (the form's command,
 * docs/architecture.md "Forms"): the base-year inventory, the net-zero year, the measures and
 * SBTi's validation; the targets come as {@link TargetCommand}s. Any component may still be empty
 * (a half-finished draft is saved as it is); ranges are checked by Bean Validation at each field,
 * the rules between fields by {@link PledgeDraft#requireConsistent} when the draft is saved. Each
 * component's name is the id of its input in the wizard, so a message lands at its field.
 */
public record PledgeCommand(
        @YearBetween(min = PledgeDraft.YEAR_MIN, max = PledgeDraft.YEAR_MAX, message = "{pledge.year.range}")
        Integer baseYear,
        @Amount(min = "0", max = PledgeDraft.TONNES_MAX, fraction = 3, message = "{emissions.range}",
                decimalsMessage = "{emissions.digits}") BigDecimal scope1,
        @Amount(min = "0", max = PledgeDraft.TONNES_MAX, fraction = 3, message = "{emissions.range}",
                decimalsMessage = "{emissions.digits}") BigDecimal scope2LocationBased,
        @Amount(min = "0", max = PledgeDraft.TONNES_MAX, fraction = 3, message = "{emissions.range}",
                decimalsMessage = "{emissions.digits}") BigDecimal scope2MarketBased,
        Scope2Method scope2Method,
        @Amount(min = "0", max = PledgeDraft.TONNES_MAX, fraction = 3, message = "{emissions.range}",
                decimalsMessage = "{emissions.digits}") BigDecimal scope3,
        Set<Scope3Category> scope3Categories,
        @DecimalMin(value = "0", message = "{percentage.range}") @DecimalMax(value = "100", message = "{percentage.range}")
        BigDecimal scope12Coverage,
        @DecimalMin(value = "0", message = "{percentage.range}") @DecimalMax(value = "100", message = "{percentage.range}")
        BigDecimal scope3Coverage,
        BoundaryApproach boundary,
        @YearBetween(min = PledgeDraft.YEAR_MIN, max = PledgeDraft.YEAR_MAX, message = "{pledge.year.range}")
        Integer netZeroYear,
        boolean offsetsCounted,
        @Size(max = 4000, message = "{pledge.measures.size}") String measures,
        LocalDate sbtiValidatedOn,
        TargetClassification sbtiClassification,
        @Size(max = 500, message = "{pledge.sbti.link.size}") String sbtiLink) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A blank link counts as none; the categories are a copy. */
    public PledgeCommand {
        scope3Categories = scope3Categories == null || scope3Categories.isEmpty()
                ? EnumSet.noneOf(Scope3Category.class) : EnumSet.copyOf(scope3Categories);
        sbtiLink = sbtiLink == null || sbtiLink.isBlank() ? null : sbtiLink.strip();
    }

    /** The command that states a stored draft again, for editing it (its targets apart). */
    public static PledgeCommand of(PledgeDraft draft) {
        return new PledgeCommand(draft.getBaseYear(), draft.getScope1(), draft.getScope2LocationBased(),
                draft.getScope2MarketBased(), draft.getScope2Method(), draft.getScope3(), draft.getScope3Categories(),
                draft.getScope12Coverage(), draft.getScope3Coverage(), draft.getBoundary(), draft.getNetZeroYear(),
                draft.isOffsetsCounted(), draft.getMeasures(), draft.getSbtiValidatedOn(), draft.getSbtiClassification(),
                draft.getSbtiLink());
    }

    /**
     * The draft these terms state with the {@code targets} the wizard lists, each checked against
     * this base year ({@link TargetCommand#toTarget}, refused at the target's field).
     */
    public PledgeDraft toDraft(List<TargetCommand> targets) {
        PledgeDraft draft = PledgeDraft.of(this);
        draft.replaceAllTargets(targets.stream().map(target -> TargetDraft.of(target.toTarget(baseYear))).toList());
        return draft;
    }
}
