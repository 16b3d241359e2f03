package tw.netzero.portal.domain.model.review;

import java.io.Serializable;
import java.time.Instant;
import tw.netzero.portal.domain.model.company.IndustryGroup;

/**
 * One line of a review queue. {@code itemId} is the company's id for an application, the
 * version's for a pledge, the filing's for a filing; {@code detail} is the pledge version number
 * or the filing's reporting year (none for an application).
 */
public record QueueItem(ReviewKind kind, long itemId, long companyId, String companyNameEn, String companyNameZh,
                        IndustryGroup industryGroup, String status, Instant waitingSince, String reviewer,
                        Integer detail) implements Serializable {
}
