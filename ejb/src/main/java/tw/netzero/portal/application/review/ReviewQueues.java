package tw.netzero.portal.application.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.review.QueueItem;
import tw.netzero.portal.domain.model.review.QueueQuery;
import tw.netzero.portal.domain.model.review.ReviewKind;
import tw.netzero.portal.domain.model.review.ReviewQueueRepository;

/** What waits for the secretariat: applications, submitted pledges and filings, oldest first. */
@Stateless
@RolesAllowed(Roles.REVIEWER)
public class ReviewQueues {

    /** How many items of a kind wait, and since when the oldest has waited (null when none). */
    public record Summary(ReviewKind kind, long waiting, Instant oldestSince) implements Serializable {
    }

    @Inject
    private ReviewQueueRepository queues;

    public List<QueueItem> page(@NotNull QueueQuery query) {
        return queues.page(query);
    }

    public long count(@NotNull QueueQuery query) {
        return queues.count(query);
    }

    /** One line per kind, for the secretariat's home page. */
    public List<Summary> summaries() {
        return Arrays.stream(ReviewKind.values()).map(kind -> {
            QueueQuery oldest = new QueueQuery(kind, null, null, null, 0, 1);
            Instant since = queues.page(oldest).stream().findFirst().map(QueueItem::waitingSince).orElse(null);
            return new Summary(kind, queues.count(oldest), since);
        }).toList();
    }
}
