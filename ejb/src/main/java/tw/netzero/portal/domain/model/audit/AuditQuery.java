package tw.netzero.portal.domain.model.audit;

import java.io.Serializable;
import java.time.Instant;

/** Filters of the audit trail page; null means "any". Newest first, one page. */
public record AuditQuery(String actorContains, AuditAction action, String targetType, Instant from, Instant to,
                         int first, int pageSize) implements Serializable {

    public static final int MAX_PAGE_SIZE = 200;

    public AuditQuery {
        first = Math.max(0, first);
        pageSize = Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE);
        actorContains = actorContains == null || actorContains.isBlank() ? null : actorContains.strip();
        targetType = targetType == null || targetType.isBlank() ? null : targetType.strip();
    }
}
