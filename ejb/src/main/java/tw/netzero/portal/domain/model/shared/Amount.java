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
import java.math.BigDecimal;

/**
 * The annotated decimal lies in its range and has at most {@code fraction} decimals, with one
 * message for each and the range judged first: {@code 1e308} or {@code -5} is out of range
 * ({@link #message}), {@code 12.3456} has too many decimals ({@link #decimalsMessage}). With
 * {@code @DecimalMax} and {@code @Digits} side by side, a huge number typed with an exponent
 * broke both rules and the field could show "at most 3 decimals". Null is left to a "required" rule.
 */
@Documented
@Constraint(validatedBy = Amount.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Amount {

    String min();

    /** Whether {@link #min} itself is allowed (zero tonnes is, zero activity is not). */
    boolean minInclusive() default true;

    String max();

    int fraction();

    /** Shown for a value out of range. */
    String message();

    /** Shown for a value in range with more than {@link #fraction} decimals. */
    String decimalsMessage();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What is wrong with a value, if anything; the range first. */
    enum Verdict { FITS, OUT_OF_RANGE, TOO_MANY_DECIMALS }

    class Validator implements ConstraintValidator<Amount, BigDecimal> {
        private BigDecimal min;
        private boolean minInclusive;
        private BigDecimal max;
        private int fraction;
        private String decimalsMessage;

        @Override
        public void initialize(Amount amount) {
            min = new BigDecimal(amount.min());
            minInclusive = amount.minInclusive();
            max = new BigDecimal(amount.max());
            fraction = amount.fraction();
            decimalsMessage = amount.decimalsMessage();
        }

        public Verdict judge(BigDecimal value) {
            if (value == null) {
                return Verdict.FITS;
            }
            int fromMin = value.compareTo(min);
            if (fromMin < 0 || (fromMin == 0 && !minInclusive) || value.compareTo(max) > 0) {
                return Verdict.OUT_OF_RANGE;
            }
            // "1e-308" is in range: its problem is the 308 decimals.
            return value.stripTrailingZeros().scale() > fraction ? Verdict.TOO_MANY_DECIMALS : Verdict.FITS;
        }

        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            Verdict verdict = judge(value);
            if (verdict == Verdict.TOO_MANY_DECIMALS) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(decimalsMessage).addConstraintViolation();
            }
            return verdict == Verdict.FITS;
        }
    }
}
