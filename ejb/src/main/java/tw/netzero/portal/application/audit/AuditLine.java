package tw.netzero.portal.application.audit;

import java.io.Serializable;
import java.time.Instant;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.audit.AuditEntry;

/**
 * One line of the audit trail as the secretariat's audit page reads it: a read-only copy of
 * {@link AuditEntry}, so that no entity reaches a view (issue 19, item 2).
 *
 * @param targetType what kind of record the line is about ("filing", "account"...), null for none
 */
public record AuditLine(Instant occurredAt, String actor, AuditAction action, String targetType, String targetId,
                        String details) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static AuditLine of(AuditEntry entry) {
        return new AuditLine(entry.occurredAt(), entry.actor(), entry.action(), entry.targetType(), entry.targetId(),
                entry.details());
    }
}
