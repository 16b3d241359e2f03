package tw.netzero.portal.domain.model.audit;

import java.util.List;

/** The stored audit trail. */
public interface AuditTrail {

    void append(AuditEntry entry);

    List<AuditEntry> search(AuditQuery query);

    long count(AuditQuery query);
}
