package tw.netzero.portal.domain.model.shared;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Where something a member submits and the secretariat reviews stands: status, submission
 * time and the latest review. Subclasses name the verbs and the legal moves; this class
 * refuses an illegal move with {@code <prefix>.workflow.illegalMove} and a missing mandatory
 * review comment with {@code <prefix>.workflow.commentRequired} and a comment longer than
 * {@link #REVIEW_COMMENT_MAX} at the field {@code comment} with {@code <prefix>.workflow.commentSize}.
 *
 * @param <S> the status enum
 */
public abstract class ReviewWorkflow<S extends Enum<S>> {

    /** The longest review comment (the column's length): a longer one is refused, never cut. */
    public static final int REVIEW_COMMENT_MAX = 2000;

    private final String keyPrefix;
    private S status;
    private Instant submittedAt;
    private String reviewer;
    private String reviewComment;

    protected ReviewWorkflow(String keyPrefix, S status, Instant submittedAt, String reviewer, String reviewComment) {
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
        this.status = Objects.requireNonNull(status, "status");
        this.submittedAt = submittedAt;
        this.reviewer = reviewer;
        this.reviewComment = reviewComment;
    }

    /** Whether the member may still change the content in the current status. */
    public abstract boolean isEditableByMember();

    /** Call before changing the content: refuses with {@code <prefix>.notEditable}. */
    public void requireEditableByMember() {
        if (!isEditableByMember()) {
            throw new DomainRuleViolation(keyPrefix + ".notEditable", status);
        }
    }

    protected final void moveOnSubmit(Instant now, Set<S> from, S to) {
        Objects.requireNonNull(now, "now");
        requireStatusIn("submit", from);
        status = to;
        submittedAt = now;
    }

    protected final void moveOnReview(String verb, Set<S> from, S to, String reviewer, String comment,
                                      boolean commentRequired) {
        if (reviewer == null || reviewer.isBlank()) {
            throw new IllegalArgumentException("A review move needs the reviewer");
        }
        requireStatusIn(verb, from);
        // Returning or rejecting without saying why leaves the member unable to act on it.
        if (commentRequired && (comment == null || comment.isBlank())) {
            throw new DomainRuleViolation(keyPrefix + ".workflow.commentRequired", verb);
        }
        if (comment != null && comment.strip().length() > REVIEW_COMMENT_MAX) {
            throw new FieldRuleViolation("comment", keyPrefix + ".workflow.commentSize", REVIEW_COMMENT_MAX);
        }
        status = to;
        this.reviewer = reviewer.strip();
        this.reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** Refuses the move named {@code verb} unless the status is one of {@code from}. */
    protected final void requireStatusIn(String verb, Set<S> from) {
        if (!from.contains(status)) {
            throw new DomainRuleViolation(keyPrefix + ".workflow.illegalMove", verb, status);
        }
    }

    public S status() {
        return status;
    }

    /** When it was last submitted; null while never submitted. */
    public Instant submittedAt() {
        return submittedAt;
    }

    /** Who made the latest review move; null before any. */
    public String reviewer() {
        return reviewer;
    }

    /** The comment of the latest review move; null when none was given. */
    public String reviewComment() {
        return reviewComment;
    }
}
