package tw.netzero.portal.domain.model.solutions;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import tw.netzero.portal.domain.model.shared.ValidEmissions;

/**
 * What a solution provider writes in a proposal: title and summary, the expected reduction in
 * t CO2e per year with its basis (how it was estimated), the cost range in New Taiwan dollars,
 * the technology readiness level and references. Range checks here (Bean Validation, messages in
 * ValidationMessages*); the rule across fields (cost range in order) in {@link Proposal}.
 */
public record ProposalContent(
        @NotBlank(message = "{proposal.title.required}") @Size(max = Proposal.TITLE_MAX, message = "{proposal.title.size}")
        String title,
        @NotBlank(message = "{proposal.summary.required}") @Size(max = Proposal.TEXT_MAX, message = "{proposal.summary.size}")
        String summary,
        @NotNull(message = "{proposal.reduction.required}") @ValidEmissions
        BigDecimal expectedReductionTonnesPerYear,
        @NotBlank(message = "{proposal.basis.required}") @Size(max = Proposal.TEXT_MAX, message = "{proposal.basis.size}")
        String reductionBasis,
        @NotNull(message = "{proposal.cost.required}") @DecimalMin(value = "0", message = "{proposal.cost.negative}")
        BigDecimal costFromTwd,
        @NotNull(message = "{proposal.cost.required}") @DecimalMin(value = "0", message = "{proposal.cost.negative}")
        BigDecimal costToTwd,
        @Min(value = Proposal.READINESS_MIN, message = "{proposal.readiness.range}")
        @Max(value = Proposal.READINESS_MAX, message = "{proposal.readiness.range}")
        int readinessLevel,
        @Size(max = Proposal.TEXT_MAX, message = "{proposal.references.size}")
        String references) implements Serializable {
}
