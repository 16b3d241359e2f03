package tw.netzero.portal.domain.model.solutions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import tw.netzero.portal.domain.model.shared.NoHiddenCharacters;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.domain.model.shared.ValidEmissions;

/**
 * What a member company states in a challenge (issue 16, item 2), as member/challenges.xhtml sends it:
 * the emissions source and the site, the scope and tonnes per year concerned, what a solution must
 * achieve and what data the company can share with providers. Ranges here (Bean Validation, messages
 * in ValidationMessages*); the rules of posting in {@link Challenge}.
 */
public record ChallengeContent(
        @NotBlank(message = "{challenge.title.required}") @Size(max = Challenge.TITLE_MAX, message = "{challenge.title.size}")
        @NoHiddenCharacters String title,
        @NotBlank(message = "{challenge.source.required}") @Size(max = Challenge.SOURCE_MAX, message = "{challenge.source.size}")
        @NoHiddenCharacters String emissionsSource,
        @NotBlank(message = "{challenge.site.required}") @Size(max = Challenge.SITE_MAX, message = "{challenge.site.size}")
        @NoHiddenCharacters String site,
        @NotNull(message = "{challenge.scope.required}") Scope scope,
        @NotNull(message = "{challenge.tonnes.required}") @ValidEmissions BigDecimal tonnesPerYear,
        @NotBlank(message = "{challenge.outcome.required}") @Size(max = Challenge.TEXT_MAX, message = "{challenge.text.size}")
        String requiredOutcome,
        @NotBlank(message = "{challenge.data.required}") @Size(max = Challenge.TEXT_MAX, message = "{challenge.text.size}")
        String shareableData) implements Serializable {

    private static final long serialVersionUID = 1L;
}
