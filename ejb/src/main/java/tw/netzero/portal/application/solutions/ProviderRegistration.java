package tw.netzero.portal.application.solutions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.shared.ValidEmail;
import tw.netzero.portal.domain.model.solutions.SolutionProvider;

/** A solution provider's self-registration from the public site: organisation, country (ISO 3166-1 alpha-2) and contact. */
public record ProviderRegistration(
        @NotBlank(message = "{provider.organisation.required}")
        @Size(max = SolutionProvider.ORGANISATION_MAX, message = "{provider.organisation.required}")
        String organisation,
        @NotBlank(message = "{provider.country.invalid}") String country,
        @NotBlank(message = "{account.displayName.required}")
        @Size(max = UserAccount.NAME_MAX, message = "{account.displayName.size}") String contactName,
        @NotBlank(message = "{account.email.required}") @ValidEmail(message = "{account.email.invalid}")
        @Size(max = UserAccount.EMAIL_MAX, message = "{account.email.invalid}") String email) implements Serializable {
}
