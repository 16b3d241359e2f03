package tw.netzero.portal.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/**
 * Runs a service call from a form and turns refusals into messages: a broken rule at the
 * form, invalid input at its fields, a concurrent save as a conflict (the services' {@code ConcurrentChange}, a rule
 * violation like the others). Access denials are not
 * caught here; they reach the "not allowed" page.
 */
@RequestScoped
public class ServiceCall {

    @Inject
    private Messages messages;

    @Inject
    private FieldMessages fieldMessages;

    /** True when the action ran; false when it was refused and messages were queued. */
    public boolean run(String formId, Runnable action) {
        return run(formId, null, action);
    }

    /** The action's result, or empty when it was refused and messages were queued. */
    public <T> Optional<T> call(String formId, Supplier<T> action) {
        List<T> result = new ArrayList<>(1);
        return run(formId, () -> result.add(action.get())) ? Optional.ofNullable(result.get(0)) : Optional.empty();
    }

    /**
     * A step that is taken once (a submission, a decision), sent perhaps twice: a double click, or the
     * browser sending the same form again (Back, then resend). The second attempt is refused by the
     * record's own state (it is no longer a draft, no longer waiting for a decision) or by its version
     * (two attempts at once: the later one meets the first one's {@code @Version} change); either way nothing is changed twice.
     * When a refusal comes and {@code doneAlready} finds the step taken (it reads the record as stored
     * now, and the view shows that state), the answer is the kind {@code doneAlreadyKey} note instead of
     * an error. Nothing is kept in memory: the stored state is the only witness, on every instance.
     *
     * @return true when this attempt took the step; false when it was refused (messages queued)
     */
    public boolean runOnce(String formId, Runnable action, BooleanSupplier doneAlready, String doneAlreadyKey,
                           Object... arguments) {
        return run(formId, null, action, () -> {
            if (!doneAlready.getAsBoolean()) {
                return false;
            }
            messages.info(doneAlreadyKey, arguments);
            return true;
        });
    }

    /**
     * The same for a form with one input that any refusal concerns (an upload, say): broken
     * rules are shown at that field as well.
     */
    public boolean run(String formId, String field, Runnable action) {
        return run(formId, field, action, () -> false);
    }

    /** {@code answeredRefusal}: true when it answered a broken rule itself (no error to show). */
    private boolean run(String formId, String field, Runnable action, BooleanSupplier answeredRefusal) {
        try {
            action.run();
            return true;
        } catch (FieldRuleViolation atField) {
            // At the field, and at the top as well: the field may be on another step of the form.
            messages.error(formId + ":" + atField.field(), atField);
            messages.error(null, atField);
        } catch (DomainRuleViolation refused) {
            if (answeredRefusal.getAsBoolean()) {
                return false;
            }
            if (field != null) {
                messages.error(formId + ":" + field, refused);
            }
            messages.error(null, refused);
        } catch (ConstraintViolationException invalid) {
            fieldMessages.show(invalid, formId);
        }
        return false;
    }
}
