package tw.netzero.portal.domain.model.review;

import java.util.List;
import tw.netzero.portal.domain.model.company.MembershipStatus;
import tw.netzero.portal.domain.model.filing.FilingStatus;
import tw.netzero.portal.domain.model.pledge.PledgeStatus;
import tw.netzero.portal.domain.model.pledge.RestatementStatus;

/**
 * What waits for the secretariat: membership applications, submitted pledges, submitted filings,
 * submitted base-year restatements.
 */
public enum ReviewKind {
    APPLICATION(List.of(MembershipStatus.APPLICANT)),
    PLEDGE(List.of(PledgeStatus.SUBMITTED, PledgeStatus.UNDER_REVIEW)),
    FILING(List.of(FilingStatus.SUBMITTED)),
    RESTATEMENT(List.of(RestatementStatus.SUBMITTED));

    private final List<Enum<?>> waitingStatuses;

    ReviewKind(List<Enum<?>> waitingStatuses) {
        this.waitingStatuses = waitingStatuses;
    }

    /** The statuses in which an item of this kind waits for the secretariat. */
    public List<Enum<?>> waitingStatuses() {
        return waitingStatuses;
    }

    /** The waiting statuses a filter asks for: all of them, or the one named if it is one of them. */
    public List<Enum<?>> waitingStatuses(String only) {
        if (only == null || only.isBlank()) {
            return waitingStatuses;
        }
        return waitingStatuses.stream().filter(status -> status.name().equals(only)).toList();
    }
}
