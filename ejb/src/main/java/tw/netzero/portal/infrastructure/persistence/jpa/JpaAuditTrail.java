package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import tw.netzero.portal.domain.model.audit.AuditEntry;
import tw.netzero.portal.domain.model.audit.AuditQuery;
import tw.netzero.portal.domain.model.audit.AuditTrail;

@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    private static final String FILTER = " FROM AuditEntry e WHERE"
            + " (:actor IS NULL OR LOWER(e.actor) LIKE :actor ESCAPE '\\')"
            + " AND (:action IS NULL OR e.action = :action)"
            + " AND (:targetType IS NULL OR e.targetType = :targetType)"
            + " AND (:from IS NULL OR e.occurredAt >= :from)"
            + " AND (:to IS NULL OR e.occurredAt < :to)";

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Override
    public void append(AuditEntry entry) {
        entityManager.persist(entry);
    }

    @Override
    public List<AuditEntry> search(AuditQuery query) {
        return bind(entityManager.createQuery("SELECT e" + FILTER + " ORDER BY e.occurredAt DESC, e.id DESC",
                AuditEntry.class), query)
                .setFirstResult(query.first())
                .setMaxResults(query.pageSize())
                .getResultList();
    }

    @Override
    public long count(AuditQuery query) {
        return bind(entityManager.createQuery("SELECT COUNT(e)" + FILTER, Long.class), query).getSingleResult();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> typed, AuditQuery query) {
        return typed.setParameter("actor", JpaCompanyRepository.containsPattern(query.actorContains()))
                .setParameter("action", query.action())
                .setParameter("targetType", query.targetType())
                .setParameter("from", query.from())
                .setParameter("to", query.to());
    }

    @Override
    public List<AuditEntry> about(String targetType, Collection<String> targetIds) {
        if (targetIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("SELECT e FROM AuditEntry e WHERE e.targetType = :targetType"
                        + " AND e.targetId IN :targetIds ORDER BY e.occurredAt, e.id", AuditEntry.class)
                .setParameter("targetType", targetType)
                .setParameter("targetIds", targetIds)
                .getResultList();
    }
}
