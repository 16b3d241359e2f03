package tw.netzero.portal.domain.model.training;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import tw.netzero.portal.domain.model.shared.NoHiddenCharacters;

/**
 * A course the member's staff completed, as the member states it on member/training.xhtml (the form's
 * command): ranges by Bean Validation at each field, the rules across fields in {@link TrainingRecord}.
 *
 * @param hours     the course's length in hours, per person
 * @param staff     how many of the member's staff completed it
 */
public record TrainingCommand(
        @Size(max = TrainingRecord.TEXT_MAX, message = "{training.text.size}") @NoHiddenCharacters String course,
        @Size(max = TrainingRecord.TEXT_MAX, message = "{training.text.size}") @NoHiddenCharacters String provider,
        @DecimalMin(value = "0.5", message = "{training.hours.range}")
        @DecimalMax(value = TrainingRecord.MAX_HOURS, message = "{training.hours.range}") BigDecimal hours,
        LocalDate certifiedOn,
        @Min(value = 1, message = "{training.staff.range}") @Max(value = TrainingRecord.MAX_STAFF,
                message = "{training.staff.range}") Integer staff) implements Serializable {

    private static final long serialVersionUID = 1L;
}
