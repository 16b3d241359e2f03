package tw.netzero.portal.domain.model.company;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What a company sends when it applies to join: its profile, a contact person and why it joins. */
public record MembershipApplication(
        @NotNull @Valid CompanyProfile profile,
        @NotNull @Valid ApplicationContact contact,
        @Size(max = MembershipApplication.MOTIVATION_MAX, message = "{application.motivation.size}")
        String motivation) implements Serializable {

    public static final int MOTIVATION_MAX = 2000;
}
