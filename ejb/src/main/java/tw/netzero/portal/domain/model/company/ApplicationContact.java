package tw.netzero.portal.domain.model.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import tw.netzero.portal.domain.model.shared.ValidEmail;

/**
 * The person who applies for a company and, once it is admitted, becomes its first member
 * administrator. Never shown publicly.
 */
public record ApplicationContact(
        @NotBlank(message = "{application.contactName.required}")
        @Size(max = ApplicationContact.NAME_MAX, message = "{application.contactName.size}")
        String name,

        @NotBlank(message = "{application.contactEmail.required}")
        @ValidEmail(message = "{application.contactEmail.invalid}")
        @Size(max = ApplicationContact.EMAIL_MAX, message = "{application.contactEmail.invalid}")
        String email,

        @Size(max = ApplicationContact.PHONE_MAX, message = "{application.contactPhone.invalid}")
        @Pattern(regexp = ApplicationContact.PHONE_PATTERN, message = "{application.contactPhone.invalid}")
        String phone) implements Serializable {

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;
    /** Digits with the usual separators, an optional leading + and an extension: 07-336-8333#123. */
    public static final String PHONE_PATTERN = "^$|^\\+?[0-9][0-9 ()\\-]{5,30}(#[0-9]{1,6})?$";
}
