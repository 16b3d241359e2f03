package tw.netzero.portal.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
     * The same for a form with one input that any refusal concerns (an upload, say): broken
     * rules are shown at that field as well.
     */
    public boolean run(String formId, String field, Runnable action) {
        try {
            action.run();
            return true;
        } catch (FieldRuleViolation atField) {
            // At the field, and at the top as well: the field may be on another step of the form.
            messages.error(formId + ":" + atField.field(), atField);
            messages.error(null, atField);
        } catch (DomainRuleViolation refused) {
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
