package tw.netzero.portal.application.pledge;

import java.io.Serializable;
import java.time.Instant;
import tw.netzero.portal.domain.model.pledge.BaseYearRestatement;
import tw.netzero.portal.domain.model.pledge.RestatementEntry;
import tw.netzero.portal.domain.model.pledge.RestatementReason;
import tw.netzero.portal.domain.model.pledge.RestatementStatus;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * One base-year restatement as the member's pledge pages and the secretariat's review read it: a
 * read-only copy of {@link RestatementEntry}, so that no entity reaches a view (issue 19, item 1).
 */
public record RestatementDetails(long id, long companyId, RestatementReason reason, String explanation,
                                 Emissions oldTotal, Emissions newTotal, Instant restatedAt, String restatedBy,
                                 RestatementStatus status, String reviewer, String reviewComment, Instant reviewedAt,
                                 long version) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static RestatementDetails of(RestatementEntry entry) {
        return new RestatementDetails(entry.id(), entry.companyId(), entry.reason(), entry.explanation(),
                entry.oldTotal(), entry.newTotal(), entry.restatedAt(), entry.restatedBy(), entry.status(),
                entry.reviewer(), entry.reviewComment(), entry.reviewedAt(), entry.version());
    }

    /** The recalculation itself: its change and whether it is implausible (decision 0033). */
    public BaseYearRestatement restatement() {
        return new BaseYearRestatement(reason, oldTotal, newTotal);
    }

    /** Counts in the ledger and shows to the public. */
    public boolean isAccepted() {
        return status == RestatementStatus.ACCEPTED;
    }

    /** Waits for the secretariat. */
    public boolean isWaiting() {
        return status == RestatementStatus.SUBMITTED;
    }
}
