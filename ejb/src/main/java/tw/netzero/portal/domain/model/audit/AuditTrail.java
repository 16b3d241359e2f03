package tw.netzero.portal.domain.model.audit;

import java.util.Collection;
import java.util.List;

/** The stored audit trail. */
public interface AuditTrail {

    void append(AuditEntry entry);

    List<AuditEntry> search(AuditQuery query);

    long count(AuditQuery query);

    /** The entries about these targets of one type (e.g. "pledge" and version ids), oldest first. */
    List<AuditEntry> about(String targetType, Collection<String> targetIds);
}
