package tw.netzero.portal.domain.model.pledge;

import static tw.netzero.portal.domain.model.pledge.RestatementStatus.ACCEPTED;
import static tw.netzero.portal.domain.model.pledge.RestatementStatus.RETURNED;
import static tw.netzero.portal.domain.model.pledge.RestatementStatus.SUBMITTED;

import java.time.Instant;
import java.util.EnumSet;
import tw.netzero.portal.domain.model.shared.ReviewWorkflow;

/**
 * The review of one base-year restatement: SUBMITTED → ACCEPTED or RETURNED, like a pledge revision.
 * A restatement is never edited: a returned one stays as it was and the member submits a new one.
 * Illegal moves are refused with {@code restatement.workflow.illegalMove}; returning without a
 * comment with {@code restatement.workflow.commentRequired}.
 */
public final class RestatementWorkflow extends ReviewWorkflow<RestatementStatus> {

    private static final String KEY_PREFIX = "restatement";

    private RestatementWorkflow(RestatementStatus status, Instant submittedAt, String reviewer, String reviewComment) {
        super(KEY_PREFIX, status, submittedAt, reviewer, reviewComment);
    }

    /** A restatement just submitted. */
    public static RestatementWorkflow submitted(Instant now) {
        return new RestatementWorkflow(SUBMITTED, now, null, null);
    }

    /** Rebuilds a stored workflow. */
    public static RestatementWorkflow restore(RestatementStatus status, Instant submittedAt, String reviewer,
                                              String reviewComment) {
        return new RestatementWorkflow(status, submittedAt, reviewer, reviewComment);
    }

    @Override
    public boolean isEditableByMember() {
        return false;
    }

    /** The comment is optional. */
    public void accept(String reviewer, String comment) {
        moveOnReview("accept", EnumSet.of(SUBMITTED), ACCEPTED, reviewer, comment, false);
    }

    /** The comment, saying what is missing or doubtful, is mandatory. */
    public void returnForRevision(String reviewer, String comment) {
        moveOnReview("returnForRevision", EnumSet.of(SUBMITTED), RETURNED, reviewer, comment, true);
    }
}
