package tw.netzero.portal.domain.model.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Who in the secretariat is on a waiting item (issue 20, feature 3): claimed by a reviewer for
 * themself or assigned to a colleague, shown in the queues to every reviewer. It says who works on
 * the item, not who decides: any reviewer may still decide it (the workflow records who did).
 */
@Entity
@Table(name = "review_assignment")
@IdClass(ReviewAssignment.Key.class)
public class ReviewAssignment implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The item an assignment is for: its kind and its id in the queue ({@link QueueItem#itemId()}).
     * A plain class, not a record: JPA sets an id class's fields.
     */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private ReviewKind kind;
        private long itemId;

        public Key() {
            // for JPA
        }

        public Key(ReviewKind kind, long itemId) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.itemId = itemId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.kind == kind && key.itemId == itemId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, itemId);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private ReviewKind kind;

    @Id
    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "assignee", length = 254, nullable = false)
    private String assignee;

    @Column(name = "assigned_by", length = 254, nullable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReviewAssignment() {
        // for JPA
    }

    public ReviewAssignment(ReviewKind kind, long itemId, String assignee, String assignedBy, Instant assignedAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.itemId = itemId;
        assign(assignee, assignedBy, assignedAt);
    }

    /** Hands the item to another reviewer (or the same one again, by someone else). */
    public void assign(String to, String by, Instant at) {
        this.assignee = Objects.requireNonNull(to, "to");
        this.assignedBy = Objects.requireNonNull(by, "by");
        this.assignedAt = Objects.requireNonNull(at, "at");
    }

    public Key key() {
        return new Key(kind, itemId);
    }

    public String assignee() {
        return assignee;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }
}
