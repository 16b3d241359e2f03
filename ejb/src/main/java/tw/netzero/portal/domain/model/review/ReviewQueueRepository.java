package tw.netzero.portal.domain.model.review;

import java.util.List;

/** Reads the review queues across companies, pledges and filings (a read model, no entity of its own). */
public interface ReviewQueueRepository {

    List<QueueItem> page(QueueQuery query);

    /** How many items match the query's filters (paging ignored). */
    long count(QueueQuery query);
}
