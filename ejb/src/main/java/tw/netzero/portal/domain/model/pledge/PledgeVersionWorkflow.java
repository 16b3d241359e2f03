package tw.netzero.portal.domain.model.pledge;

import static tw.netzero.portal.domain.model.pledge.PledgeStatus.APPROVED;
import static tw.netzero.portal.domain.model.pledge.PledgeStatus.DRAFT;
import static tw.netzero.portal.domain.model.pledge.PledgeStatus.REJECTED;
import static tw.netzero.portal.domain.model.pledge.PledgeStatus.RETURNED;
import static tw.netzero.portal.domain.model.pledge.PledgeStatus.SUBMITTED;
import static tw.netzero.portal.domain.model.pledge.PledgeStatus.UNDER_REVIEW;

import java.time.Instant;
import java.util.EnumSet;
import tw.netzero.portal.domain.model.shared.ReviewWorkflow;

/**
 * The review of one pledge version: DRAFT → SUBMITTED → UNDER_REVIEW → APPROVED, RETURNED or
 * REJECTED; a RETURNED version is edited and submitted again. Illegal moves are refused with
 * {@code pledge.workflow.illegalMove}; returning or rejecting without a comment with
 * {@code pledge.workflow.commentRequired}.
 */
public final class PledgeVersionWorkflow extends ReviewWorkflow<PledgeStatus> {

    private static final String KEY_PREFIX = "pledge";

    /** A new draft. */
    public PledgeVersionWorkflow() {
        this(DRAFT, null, null, null);
    }

    private PledgeVersionWorkflow(PledgeStatus status, Instant submittedAt, String reviewer, String reviewComment) {
        super(KEY_PREFIX, status, submittedAt, reviewer, reviewComment);
    }

    /** Rebuilds a stored workflow. */
    public static PledgeVersionWorkflow restore(PledgeStatus status, Instant submittedAt, String reviewer,
                                                String reviewComment) {
        return new PledgeVersionWorkflow(status, submittedAt, reviewer, reviewComment);
    }

    @Override
    public boolean isEditableByMember() {
        return status().isEditableByMember();
    }

    public void submit(Instant now) {
        moveOnSubmit(now, EnumSet.of(DRAFT, RETURNED), SUBMITTED);
    }

    /** A reviewer takes a submitted version into review. */
    public void take(String reviewer) {
        moveOnReview("take", EnumSet.of(SUBMITTED), UNDER_REVIEW, reviewer, null, false);
    }

    /** The comment is optional. */
    public void approve(String reviewer, String comment) {
        moveOnReview("approve", EnumSet.of(UNDER_REVIEW), APPROVED, reviewer, comment, false);
    }

    /** The comment, saying what to revise, is mandatory. */
    public void returnForRevision(String reviewer, String comment) {
        moveOnReview("returnForRevision", EnumSet.of(UNDER_REVIEW), RETURNED, reviewer, comment, true);
    }

    /** The comment, saying why, is mandatory. */
    public void reject(String reviewer, String comment) {
        moveOnReview("reject", EnumSet.of(UNDER_REVIEW), REJECTED, reviewer, comment, true);
    }
}
