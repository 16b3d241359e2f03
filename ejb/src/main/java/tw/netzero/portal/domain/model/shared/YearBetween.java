package tw.netzero.portal.domain.model.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated year lies between {@code min} and {@code max}, both included; null is left to a
 * "required" rule. One constraint rather than {@code @Min} and {@code @Max}, so that its message
 * can name both bounds: Bean Validation fills a message's {@code {min}} and {@code {max}} only
 * from attributes of the constraint that has them ({@code @Min} has only {@code value}).
 */
@Documented
@Constraint(validatedBy = YearBetween.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface YearBetween {

    int min();

    int max();

    String message() default "{year.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<YearBetween, Integer> {
        private int min;
        private int max;

        @Override
        public void initialize(YearBetween bounds) {
            min = bounds.min();
            max = bounds.max();
        }

        @Override
        public boolean isValid(Integer year, ConstraintValidatorContext context) {
            return year == null || (year >= min && year <= max);
        }
    }
}
