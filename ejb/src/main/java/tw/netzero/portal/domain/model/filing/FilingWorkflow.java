package tw.netzero.portal.domain.model.filing;

import static tw.netzero.portal.domain.model.filing.FilingStatus.ACCEPTED;
import static tw.netzero.portal.domain.model.filing.FilingStatus.DRAFT;
import static tw.netzero.portal.domain.model.filing.FilingStatus.RETURNED;
import static tw.netzero.portal.domain.model.filing.FilingStatus.SUBMITTED;

import java.time.Instant;
import java.util.EnumSet;
import tw.netzero.portal.domain.model.shared.ReviewWorkflow;

/**
 * The review of one progress filing: DRAFT → SUBMITTED → ACCEPTED or RETURNED; a RETURNED
 * filing is edited and submitted again. An ACCEPTED filing never changes: a correction is a new
 * filing, started with {@link #startCorrection()}, that supersedes it once accepted. Illegal
 * moves are refused with {@code filing.workflow.illegalMove}; returning without a comment with
 * {@code filing.workflow.commentRequired}.
 */
public final class FilingWorkflow extends ReviewWorkflow<FilingStatus> {

    private static final String KEY_PREFIX = "filing";

    private final boolean correction;

    /** A new draft filing. */
    public FilingWorkflow() {
        this(DRAFT, null, null, null, false);
    }

    private FilingWorkflow(FilingStatus status, Instant submittedAt, String reviewer, String reviewComment,
                           boolean correction) {
        super(KEY_PREFIX, status, submittedAt, reviewer, reviewComment);
        this.correction = correction;
    }

    /** Rebuilds a stored workflow. */
    public static FilingWorkflow restore(FilingStatus status, Instant submittedAt, String reviewer,
                                         String reviewComment, boolean correction) {
        return new FilingWorkflow(status, submittedAt, reviewer, reviewComment, correction);
    }

    @Override
    public boolean isEditableByMember() {
        return status().isEditableByMember();
    }

    public void submit(Instant now) {
        moveOnSubmit(now, EnumSet.of(DRAFT, RETURNED), SUBMITTED);
    }

    /** The comment is optional. */
    public void accept(String reviewer, String comment) {
        moveOnReview("accept", EnumSet.of(SUBMITTED), ACCEPTED, reviewer, comment, false);
    }

    /** The comment, saying what to revise, is mandatory. */
    public void returnForRevision(String reviewer, String comment) {
        returnForRevision(reviewer, comment, false);
    }

    /** The general comment may be left out when notes on single fields say what to revise. */
    public void returnForRevision(String reviewer, String comment, boolean notesOnFields) {
        moveOnReview("returnForRevision", EnumSet.of(SUBMITTED), RETURNED, reviewer, comment, !notesOnFields);
    }

    /** A new draft correcting this accepted filing, which itself stays as it is. */
    public FilingWorkflow startCorrection() {
        requireStatusIn("startCorrection", EnumSet.of(ACCEPTED));
        return new FilingWorkflow(DRAFT, null, null, null, true);
    }

    /** Whether this filing corrects (and, once accepted, supersedes) an accepted one. */
    public boolean isCorrection() {
        return correction;
    }
}
