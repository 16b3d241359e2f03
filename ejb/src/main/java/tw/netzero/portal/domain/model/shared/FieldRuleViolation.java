package tw.netzero.portal.domain.model.shared;

/** A refused rule that concerns one input field (named as the form names it), so it can be shown there. */
public class FieldRuleViolation extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    private final String field;

    public FieldRuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
