package tw.netzero.portal.domain.model.pledge;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When an approved pledge's targets fall due for review: SBTi reviews targets at least every five
 * years ({@link TargetPreCheck#reviewDueOn}), counted from the approval day. On the day itself the
 * review is due; from the next day on it is overdue (since that day).
 */
public record TargetReview(LocalDate approvedOn, LocalDate dueOn, boolean overdue) implements Serializable {

    public TargetReview {
        Objects.requireNonNull(approvedOn, "approvedOn");
        Objects.requireNonNull(dueOn, "dueOn");
    }

    public static TargetReview of(LocalDate approvedOn, LocalDate today) {
        LocalDate dueOn = TargetPreCheck.reviewDueOn(approvedOn);
        return new TargetReview(approvedOn, dueOn, today.isAfter(dueOn));
    }

    /** {@code pledge.review.due} ("Target review due on {0}") or {@code pledge.review.overdue}. */
    public String messageKey() {
        return overdue ? "pledge.review.overdue" : "pledge.review.due";
    }
}
