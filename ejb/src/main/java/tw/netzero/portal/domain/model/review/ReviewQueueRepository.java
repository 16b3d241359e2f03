package tw.netzero.portal.domain.model.review;

import java.util.List;
import java.util.Optional;

/** Reads the review queues across companies, pledges and filings, and who is on their items. */
public interface ReviewQueueRepository {

    /** A page of the queue, each item with who is on it. */
    List<QueueItem> page(QueueQuery query);

    /** How many items match the query's filters (paging ignored). */
    long count(QueueQuery query);

    /** Whether the item is in its kind's queue now (it waits in one of the kind's statuses). */
    boolean isWaiting(ReviewKind kind, long itemId);

    Optional<ReviewAssignment> assignment(ReviewKind kind, long itemId);

    void add(ReviewAssignment assignment);

    void remove(ReviewAssignment assignment);
}
