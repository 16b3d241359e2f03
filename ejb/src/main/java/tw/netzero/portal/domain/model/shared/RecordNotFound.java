package tw.netzero.portal.domain.model.shared;

/**
 * No record has the id a caller gave (a filing, an evidence file, a pledge version, an
 * application). Carries the message key like every refused rule; pages and downloads that take
 * the id from their address answer 404 (web.xml maps it to the "not found" page).
 */
public class RecordNotFound extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public RecordNotFound(String messageKey, Object id) {
        super(messageKey, id);
    }
}
