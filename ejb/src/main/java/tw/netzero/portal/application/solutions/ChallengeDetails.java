package tw.netzero.portal.application.solutions;

import java.io.Serializable;
import java.time.Instant;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.domain.model.solutions.Challenge;
import tw.netzero.portal.domain.model.solutions.ChallengeStatus;

/**
 * A member company's challenge under a call as the pages and the open data read it: a read-only copy of
 * {@link Challenge}, so that no entity reaches a view (issue 19, item 2). {@code version} is what the
 * secretariat's decision sends back.
 */
public record ChallengeDetails(long id, long callId, long companyId, String title, String emissionsSource, String site,
                               Scope scope, Emissions tonnesPerYear, String requiredOutcome, String shareableData,
                               ChallengeStatus status, String postedBy, Instant postedAt, String decidedBy,
                               Instant decidedAt, String declineReason, long version) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static ChallengeDetails of(Challenge challenge) {
        return new ChallengeDetails(challenge.id(), challenge.callId(), challenge.companyId(), challenge.title(),
                challenge.emissionsSource(), challenge.site(), challenge.scope(), challenge.tonnesPerYear(),
                challenge.requiredOutcome(), challenge.shareableData(), challenge.status(), challenge.postedBy(),
                challenge.postedAt(), challenge.decidedBy(), challenge.decidedAt(), challenge.declineReason(),
                challenge.version());
    }

    public boolean isApproved() {
        return status == ChallengeStatus.APPROVED;
    }

    /** Waits for the secretariat's decision. */
    public boolean isPending() {
        return status == ChallengeStatus.PENDING;
    }
}
