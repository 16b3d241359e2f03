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

/** The annotated one-line text is {@link VisibleText}: no direction overrides, invisible or control characters. */
@Documented
@Constraint(validatedBy = NoHiddenCharacters.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface NoHiddenCharacters {

    String message() default "{text.hiddenCharacters}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NoHiddenCharacters, String> {
        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return VisibleText.firstHiddenInLine(text).isEmpty();
        }
    }
}
