package tw.netzero.portal.domain.model.review;

import java.time.Instant;
import java.util.Objects;
import tw.netzero.portal.domain.model.company.IndustryGroup;

/**
 * One page of a review queue, oldest first: optionally only one industry group, one status
 * (a status name of the kind's own workflow, e.g. UNDER_REVIEW for pledges), items waiting
 * since before {@code waitingSince}, and companies whose name contains {@code text} or whose
 * UBN it is (issue 20, feature 3).
 */
public record QueueQuery(ReviewKind kind, IndustryGroup industryGroup, String status, Instant waitingSince,
                         String text, int first, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    public QueueQuery {
        Objects.requireNonNull(kind, "kind");
        if (first < 0 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Page out of range: " + first + "+" + pageSize);
        }
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Without a search text. */
    public QueueQuery(ReviewKind kind, IndustryGroup industryGroup, String status, Instant waitingSince,
                      int first, int pageSize) {
        this(kind, industryGroup, status, waitingSince, null, first, pageSize);
    }

    /** The whole first page of a kind, unfiltered. */
    public static QueueQuery all(ReviewKind kind) {
        return new QueueQuery(kind, null, null, null, 0, MAX_PAGE_SIZE);
    }
}
