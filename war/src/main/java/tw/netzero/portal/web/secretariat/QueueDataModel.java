package tw.netzero.portal.web.secretariat;

import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import tw.netzero.portal.application.review.ReviewQueues;
import tw.netzero.portal.domain.model.review.QueueItem;
import tw.netzero.portal.domain.model.review.QueueQuery;
import tw.netzero.portal.domain.model.review.ReviewKind;

/** One review queue paged in the database, oldest first, with the filters of the page above it. */
public class QueueDataModel extends LazyDataModel<QueueItem> {

    private static final long serialVersionUID = 1L;

    /** Not kept with the view: after a failover to another instance the service is looked up there. */
    private transient ReviewQueues queues;
    private final ReviewKind kind;
    private final ReviewQueuesView.Filters filters;

    QueueDataModel(ReviewQueues queues, ReviewKind kind, ReviewQueuesView.Filters filters) {
        this.queues = queues;
        this.kind = kind;
        this.filters = filters;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(getWaiting());
    }

    /**
     * The items waiting under the current filters, for the queue's heading. Counted when asked: the
     * table's own row count is set only when the table loads, after the heading above it is written.
     */
    public long getWaiting() {
        return queues().count(query(0, 1));
    }

    @Override
    public List<QueueItem> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return queues().page(query(first, Math.min(pageSize, QueueQuery.MAX_PAGE_SIZE)));
    }

    @Override
    public String getRowKey(QueueItem item) {
        return String.valueOf(item.itemId());
    }

    private ReviewQueues queues() {
        if (queues == null) {
            queues = CDI.current().select(ReviewQueues.class).get();
        }
        return queues;
    }

    private QueueQuery query(int first, int pageSize) {
        return new QueueQuery(kind, filters.industryGroup(), filters.status(), filters.waitingSince(), filters.text(),
                first, pageSize);
    }
}
