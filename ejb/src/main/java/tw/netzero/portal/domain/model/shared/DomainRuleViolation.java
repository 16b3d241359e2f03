package tw.netzero.portal.domain.model.shared;

import java.util.List;

/**
 * A business rule refused an operation. Carries a message key (resolved by the web layer in
 * the user's language) and the arguments that fill it, so the domain never holds UI text.
 * Declared an application exception in ejb-jar.xml: the transaction rolls back and the
 * exception reaches the caller unwrapped.
 */
public class DomainRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> arguments;

    public DomainRuleViolation(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
