package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.review.QueueItem;
import tw.netzero.portal.domain.model.review.ReviewAssignment;
import tw.netzero.portal.domain.model.review.QueueQuery;
import tw.netzero.portal.domain.model.review.ReviewKind;
import tw.netzero.portal.domain.model.review.ReviewQueueRepository;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * The review queues as projections (no entity is loaded): each kind's waiting items joined with
 * their company by id, filtered in the database and paged there, oldest first. The filters
 * match the indexes on (status, submitted_at) and (membership_status, applied_at).
 */
@ApplicationScoped
public class JpaReviewQueueRepository implements ReviewQueueRepository {

    /** How one kind's queue is read: its entity, paths and the statuses in which it waits. */
    private record Source(String from, String status, String since, String reviewer, String detail) {

        String where() {
            return " FROM " + from + " AND " + status + " IN :statuses"
                    + " AND (:group IS NULL OR c.industryGroup = :group)"
                    + " AND (:since IS NULL OR " + since + " <= :since)" + CompanyTextSearch.CONDITION;
        }

        String select() {
            return "SELECT x.id, c.id, c.nameEn, c.nameZh, c.industryGroup, " + status + ", " + since + ", "
                    + reviewer + ", " + detail + where() + " ORDER BY " + since + ", x.id";
        }
    }

    private static final Map<ReviewKind, Source> SOURCES = Map.of(
            ReviewKind.APPLICATION, new Source("MemberCompany x, MemberCompany c WHERE c.id = x.id",
                    "x.membershipStatus", "x.appliedAt", "x.decidedBy", "x.id"),
            ReviewKind.PLEDGE, new Source("PledgeVersion x, MemberCompany c WHERE c.id = x.companyId",
                    "x.status", "x.submittedAt", "x.reviewer", "x.number"),
            ReviewKind.FILING, new Source("ProgressFiling x, MemberCompany c WHERE c.id = x.companyId",
                    "x.status", "x.submittedAt", "x.reviewer", "x.reportingYear"),
            ReviewKind.RESTATEMENT, new Source("RestatementEntry x, MemberCompany c WHERE c.id = x.companyId",
                    "x.status", "x.restatedAt", "x.reviewer", "x.newTotal"));

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Override
    public List<QueueItem> page(QueueQuery query) {
        Source source = SOURCES.get(query.kind());
        List<Enum<?>> statuses = query.kind().waitingStatuses(query.status());
        if (statuses.isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> typed = entityManager.createQuery(source.select(), Object[].class);
        List<QueueItem> items = bind(typed, query, statuses)
                .setFirstResult(query.first())
                .setMaxResults(query.pageSize())
                .getResultStream()
                .map(row -> item(query.kind(), row))
                .toList();
        return withAssignees(query.kind(), items);
    }

    /** Who is on each item of a page: one statement for the page's ids (at most a page of them). */
    private List<QueueItem> withAssignees(ReviewKind kind, List<QueueItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<Long, String> assignees = entityManager.createQuery("SELECT a.itemId, a.assignee FROM ReviewAssignment a"
                        + " WHERE a.kind = :kind AND a.itemId IN :ids", Object[].class)
                .setParameter("kind", kind)
                .setParameter("ids", items.stream().map(QueueItem::itemId).toList())
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
        return items.stream().map(item -> item.assignedTo(assignees.get(item.itemId()))).toList();
    }

    @Override
    public boolean isWaiting(ReviewKind kind, long itemId) {
        Source source = SOURCES.get(kind);
        return entityManager.createQuery("SELECT COUNT(x) FROM " + source.from() + " AND x.id = :id AND "
                        + source.status() + " IN :statuses", Long.class)
                .setParameter("id", itemId)
                .setParameter("statuses", kind.waitingStatuses())
                .getSingleResult() > 0;
    }

    @Override
    public Optional<ReviewAssignment> assignment(ReviewKind kind, long itemId) {
        return Optional.ofNullable(entityManager.find(ReviewAssignment.class, new ReviewAssignment.Key(kind, itemId)));
    }

    @Override
    public void add(ReviewAssignment assignment) {
        entityManager.persist(assignment);
    }

    @Override
    public void remove(ReviewAssignment assignment) {
        entityManager.remove(assignment);
    }

    @Override
    public long count(QueueQuery query) {
        Source source = SOURCES.get(query.kind());
        List<Enum<?>> statuses = query.kind().waitingStatuses(query.status());
        if (statuses.isEmpty()) {
            return 0;
        }
        return bind(entityManager.createQuery("SELECT COUNT(x)" + source.where(), Long.class), query, statuses)
                .getSingleResult();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> typed, QueueQuery query, List<Enum<?>> statuses) {
        return CompanyTextSearch.bind(typed.setParameter("statuses", statuses)
                .setParameter("group", query.industryGroup())
                .setParameter("since", query.waitingSince()), query.text());
    }

    private static QueueItem item(ReviewKind kind, Object[] row) {
        Number detail = switch (kind) {
            case APPLICATION -> null;
            case PLEDGE -> (Integer) row[8];
            case FILING -> ((Year) row[8]).getValue();
            case RESTATEMENT -> ((Emissions) row[8]).tonnes();
        };
        return new QueueItem(kind, (Long) row[0], (Long) row[1], (String) row[2], (String) row[3],
                (IndustryGroup) row[4], ((Enum<?>) row[5]).name(), (Instant) row[6], (String) row[7], detail, null);
    }
}
