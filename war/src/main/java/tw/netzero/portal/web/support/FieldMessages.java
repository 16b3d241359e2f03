package tw.netzero.portal.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a domain input (a record with Bean Validation constraints, e.g. CompanyProfile)
 * before it goes to a service, and puts each broken rule's message at its field, in the
 * view's language. The constraints live once, in the domain; the service checks them again.
 */
@RequestScoped
public class FieldMessages {

    @Inject
    private ValidatorFactory validatorFactory;

    @Inject
    private FacesContext faces;

    /** True when the candidate is valid; otherwise messages are queued for "formId:property". */
    public <T> boolean valid(T candidate, String formId) {
        Set<ConstraintViolation<T>> violations = validatorFactory.usingContext()
                .messageInterpolator(inViewLanguage(validatorFactory.getMessageInterpolator()))
                .getValidator().validate(candidate);
        violations.forEach(violation -> add(formId, violation));
        if (!violations.isEmpty()) {
            faces.validationFailed();
        }
        return violations.isEmpty();
    }

    /** Whether the candidate is valid, without a message (for a live preview while the member types). */
    public <T> boolean isValid(T candidate) {
        return validatorFactory.getValidator().validate(candidate).isEmpty();
    }

    /** The same, for violations a service reported (its messages are in the server's language). */
    public void show(ConstraintViolationException refused, String formId) {
        refused.getConstraintViolations().forEach(violation -> add(formId, violation));
        faces.validationFailed();
    }

    private void add(String formId, ConstraintViolation<?> violation) {
        String property = null;
        for (Path.Node node : violation.getPropertyPath()) {
            property = node.getName();
        }
        String clientId = property == null ? null : formId + ":" + property;
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getMessage(), null));
    }

    private MessageInterpolator inViewLanguage(MessageInterpolator base) {
        Locale locale = faces.getViewRoot().getLocale();
        return new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return base.interpolate(template, context, locale);
            }
        };
    }
}
