package tw.netzero.portal.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import tw.netzero.portal.domain.model.pledge.TargetRuleResult;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * Faces messages from the message bundles, in the view's language. Domain exceptions carry
 * keys; this is where they become text, next to the field they concern when there is one.
 */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "tw.netzero.portal.web.messages";

    @Inject
    private FacesContext faces;

    public String text(String key, Object... arguments) {
        return text(faces.getViewRoot().getLocale(), key, arguments);
    }

    /** The same outside a Faces request (the member filing API), in the given language. */
    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern
                    : new MessageFormat(pattern, bundle.getLocale()).format(formattable(arguments));
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A pre-check rule's result as a sentence, with the numbers behind it. */
    public String rule(TargetRuleResult result) {
        return text(result.messageKey(), result.figures().values().toArray());
    }

    /** Domain values as the numbers the message patterns format ({0,number,#} for a year). */
    private static Object[] formattable(Object[] arguments) {
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            plain[i] = argument instanceof Year year ? year.getValue()
                    : argument instanceof Emissions emissions ? emissions.tonnes()
                    : argument instanceof Percentage percentage ? percentage.value()
                    : argument;
        }
        return plain;
    }

    /** An error message, attached to the component with this client id (null: the whole form). */
    public void error(String clientId, String key, Object... arguments) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
        faces.validationFailed();
    }

    public void info(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    public void error(String clientId, DomainRuleViolation violation) {
        List<Object> arguments = violation.arguments();
        error(clientId, violation.messageKey(), arguments.toArray());
    }
}
