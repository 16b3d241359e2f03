package tw.netzero.portal.domain.model.review;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import tw.netzero.portal.domain.model.company.IndustryGroup;

/**
 * One line of a review queue. {@code itemId} is the company's id for an application, the
 * version's for a pledge, the filing's for a filing, the restatement's for a restatement;
 * {@code detail} is the pledge version number, the filing's reporting year or the restated
 * base-year total in tCO2e (none for an application); {@code assignee} the reviewer who is on it
 * (null while nobody is, {@link ReviewAssignment}).
 */
public record QueueItem(ReviewKind kind, long itemId, long companyId, String companyNameEn, String companyNameZh,
                        IndustryGroup industryGroup, String status, Instant waitingSince, String reviewer,
                        Number detail, String assignee) implements Serializable {

    /** The same line with who is on it. */
    public QueueItem assignedTo(String who) {
        return new QueueItem(kind, itemId, companyId, companyNameEn, companyNameZh, industryGroup, status, waitingSince,
                reviewer, detail, who);
    }

    /** Whole days the item has waited by {@code now} (0 on its first day). */
    public long daysWaiting(Instant now) {
        return waitingSince == null || now.isBefore(waitingSince) ? 0 : Duration.between(waitingSince, now).toDays();
    }
}
