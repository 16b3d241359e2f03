package tw.netzero.portal.domain.model.shared;

/**
 * Someone else changed the record since the caller read it: the change is refused, never
 * written over theirs. Thrown both by the services' own version checks (the version the editor
 * loaded) and, for a race between two transactions, when the database's optimistic lock refuses
 * the update ({@code @Version}); either way the caller gets this one exception, in the user's
 * language by its message key.
 */
public class ConcurrentChange extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "concurrentChange";

    public ConcurrentChange() {
        super(MESSAGE_KEY);
    }
}
