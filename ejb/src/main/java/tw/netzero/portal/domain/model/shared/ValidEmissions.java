package tw.netzero.portal.domain.model.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * The annotated amount in tCO2e passes the rules of {@link Emissions} (not negative, not
 * implausibly large), so a form shows the problem next to the field instead of failing later.
 * Null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = ValidEmissions.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidEmissions {

    String message() default "{emissions.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidEmissions, BigDecimal> {
        @Override
        public boolean isValid(BigDecimal tonnes, ConstraintValidatorContext context) {
            if (tonnes == null) {
                return true;
            }
            try {
                Emissions.of(tonnes);
                return true;
            } catch (DomainRuleViolation refused) {
                // One message per rule: "{emissions.negative}" or "{emissions.tooLarge}".
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{" + refused.messageKey() + "}").addConstraintViolation();
                return false;
            }
        }
    }
}
