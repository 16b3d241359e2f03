package tw.netzero.portal.application.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import tw.netzero.portal.application.account.AccountDetails;
import tw.netzero.portal.application.account.CallerAccess;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.domain.model.account.AccountRepository;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.review.ReviewAssignment;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.review.QueueItem;
import tw.netzero.portal.domain.model.review.QueueQuery;
import tw.netzero.portal.domain.model.review.ReviewKind;
import tw.netzero.portal.domain.model.review.ReviewQueueRepository;

/**
 * What waits for the secretariat: applications, submitted pledges, filings and base-year
 * restatements, oldest first, and who of the secretariat is on each (claimed or assigned, audited).
 */
@Stateless
@RolesAllowed(Roles.REVIEWER)
public class ReviewQueues {

    /** How many items of a kind wait, and since when the oldest has waited (null when none). */
    public record Summary(ReviewKind kind, long waiting, Instant oldestSince) implements Serializable {
    }

    @Inject
    private ReviewQueueRepository queues;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Clock clock;

    @EJB
    private CallerAccess access;

    @EJB
    private AuditLog audit;

    public List<QueueItem> page(@NotNull QueueQuery query) {
        return queues.page(query);
    }

    public long count(@NotNull QueueQuery query) {
        return queues.count(query);
    }

    /** The caller takes a waiting item on (issue 20, feature 3): the queues show them on it. Audited. */
    public void claim(@NotNull ReviewKind kind, long itemId) {
        assign(kind, itemId, access.current().email());
    }

    /**
     * Puts a reviewer of the secretariat on a waiting item, in place of whoever was on it. Audited,
     * with the reviewer's e-mail address as the detail.
     */
    public void assign(@NotNull ReviewKind kind, long itemId, @NotNull String reviewerEmail) {
        if (!queues.isWaiting(kind, itemId)) {
            throw new DomainRuleViolation("queue.assign.notWaiting");
        }
        String assignee = reviewers().stream().map(AccountDetails::email)
                .filter(email -> email.equals(UserAccount.normalise(reviewerEmail))).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("queue.assign.notReviewer"));
        String by = access.current().email();
        queues.assignment(kind, itemId).ifPresentOrElse(kept -> kept.assign(assignee, by, clock.instant()),
                () -> queues.add(new ReviewAssignment(kind, itemId, assignee, by, clock.instant())));
        audit.record(AuditAction.REVIEW_ASSIGNED, auditTarget(kind), itemId, assignee);
    }

    /** Nobody is on the item any more (it goes back to the queue as unassigned). Audited. */
    public void release(@NotNull ReviewKind kind, long itemId) {
        queues.assignment(kind, itemId).ifPresent(assignment -> {
            queues.remove(assignment);
            audit.record(AuditAction.REVIEW_RELEASED, auditTarget(kind), itemId, assignment.assignee());
        });
    }

    /** Who may be put on an item: the secretariat's enabled accounts. */
    public List<AccountDetails> reviewers() {
        return accounts.secretariat().stream().filter(UserAccount::enabled).map(AccountDetails::of).toList();
    }

    /** The audit trail's target type of an item, by which it names the company and year (AuditSubjects). */
    private static String auditTarget(ReviewKind kind) {
        return switch (kind) {
            case APPLICATION -> "company";
            case PLEDGE -> "pledge";
            case FILING -> "filing";
            case RESTATEMENT -> "restatement";
        };
    }

    /** One line per kind, for the secretariat's home page. */
    public List<Summary> summaries() {
        return Arrays.stream(ReviewKind.values()).map(kind -> {
            QueueQuery oldest = new QueueQuery(kind, null, null, null, 0, 1);
            Instant since = queues.page(oldest).stream().findFirst().map(QueueItem::waitingSince).orElse(null);
            return new Summary(kind, queues.count(oldest), since);
        }).toList();
    }
}
