package tw.netzero.portal.web.secretariat;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tw.netzero.portal.application.account.AccountDetails;
import tw.netzero.portal.application.pledge.PledgeService;
import tw.netzero.portal.application.review.ReviewQueues;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.review.QueueItem;
import tw.netzero.portal.domain.model.review.ReviewKind;
import tw.netzero.portal.web.i18n.Language;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * secretariat/reviews.xhtml: the four queues (applications, pledges, filings, base-year
 * restatements), each paged in
 * the database, oldest first, under one filter bar (company name or UBN, industry group, status,
 * waiting at least N days) whose values are the page's GET parameters (a filtered view is an
 * address). Each item shows its days waiting and who of the secretariat is on it; a reviewer
 * claims an item, assigns it to a colleague or hands it back (issue 20, feature 3).
 */
@Named
@ViewScoped
public class ReviewQueuesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The filter bar's current values, read by the four tables on every load. */
    public interface Filters extends Serializable {
        IndustryGroup industryGroup();

        String status();

        Instant waitingSince();

        /** A company's name (part of it) or UBN; null for every company. */
        String text();
    }

    @Inject
    private ReviewQueues queues;

    @Inject
    private PledgeService pledgeService;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    @Inject
    private Language language;

    private IndustryGroup industryGroup;
    private String status;
    private Integer minimumDaysWaiting;
    private String text;
    /** The reviewer chosen in each row's "assign to" list, by {@link #rowKey(QueueItem)}. */
    private final Map<String, String> assignTo = new HashMap<>();
    private List<AccountDetails> reviewers;
    private QueueDataModel applications;
    private QueueDataModel pledges;
    private QueueDataModel filings;
    private QueueDataModel restatements;

    @PostConstruct
    void init() {
        Filters filters = new Filters() {
            private static final long serialVersionUID = 1L;

            @Override
            public IndustryGroup industryGroup() {
                return industryGroup;
            }

            @Override
            public String status() {
                return status;
            }

            @Override
            public Instant waitingSince() {
                return minimumDaysWaiting == null ? null
                        : Instant.now().minus(Duration.ofDays(minimumDaysWaiting));
            }

            @Override
            public String text() {
                return text;
            }
        };
        applications = new QueueDataModel(queues, ReviewKind.APPLICATION, filters);
        pledges = new QueueDataModel(queues, ReviewKind.PLEDGE, filters);
        filings = new QueueDataModel(queues, ReviewKind.FILING, filters);
        restatements = new QueueDataModel(queues, ReviewKind.RESTATEMENT, filters);
    }

    /** The filter button: the same page again by GET, its filters in the address (bookmarkable). */
    public String filter() {
        return "/secretariat/reviews?faces-redirect=true&includeViewParams=true";
    }

    public void claim(QueueItem item) {
        if (serviceCall.run("queues", () -> queues.claim(item.kind(), item.itemId()))) {
            messages.info("queue.claimed", name(item));
        }
    }

    public void assign(QueueItem item) {
        String reviewer = assignTo.get(rowKey(item));
        if (serviceCall.run("queues", () -> queues.assign(item.kind(), item.itemId(), reviewer))) {
            messages.info("queue.assigned", name(item), reviewer);
        }
    }

    public void release(QueueItem item) {
        if (serviceCall.run("queues", () -> queues.release(item.kind(), item.itemId()))) {
            messages.info("queue.released", name(item));
        }
    }

    /** Whole days the item has waited (issue 20, feature 3). */
    public long daysWaiting(QueueItem item) {
        return item.daysWaiting(Instant.now());
    }

    /** Whether the signed-in reviewer is the one on the item. */
    public boolean isMine(QueueItem item) {
        return item.assignee() != null && item.assignee().equals(
                FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName());
    }

    /** The name of whoever is on the item, as the secretariat knows them (their e-mail if not). */
    public String assigneeName(QueueItem item) {
        return getReviewers().stream().filter(account -> account.email().equals(item.assignee()))
                .map(AccountDetails::displayName).findFirst().orElse(item.assignee());
    }

    public String rowKey(QueueItem item) {
        return item.kind().name() + item.itemId();
    }

    public List<AccountDetails> getReviewers() {
        if (reviewers == null) {
            reviewers = queues.reviewers();
        }
        return reviewers;
    }

    public Map<String, String> getAssignTo() {
        return assignTo;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null || text.isBlank() ? null : text.strip();
    }

    private String name(QueueItem item) {
        return language.isChinese() ? item.companyNameZh() : item.companyNameEn();
    }

    public void take(QueueItem pledge) {
        if (serviceCall.run("queues", () -> pledgeService.take(pledge.itemId()))) {
            messages.info("review.taken", pledge.detail());
        }
    }

    /** Every status an item can wait in, across the kinds. */
    public List<String> getStatuses() {
        return Arrays.stream(ReviewKind.values()).flatMap(kind -> kind.waitingStatuses().stream())
                .map(Enum::name).distinct().toList();
    }

    public String waitingLabel(int days) {
        return messages.text("queue.waitingAtLeast", days);
    }

    public List<Integer> getWaitingChoices() {
        return List.of(7, 14, 30, 90);
    }

    public QueueDataModel getApplications() {
        return applications;
    }

    public QueueDataModel getPledges() {
        return pledges;
    }

    public QueueDataModel getFilings() {
        return filings;
    }

    public QueueDataModel getRestatements() {
        return restatements;
    }

    public IndustryGroup getIndustryGroup() {
        return industryGroup;
    }

    public void setIndustryGroup(IndustryGroup industryGroup) {
        this.industryGroup = industryGroup;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getMinimumDaysWaiting() {
        return minimumDaysWaiting;
    }

    public void setMinimumDaysWaiting(Integer minimumDaysWaiting) {
        this.minimumDaysWaiting = minimumDaysWaiting;
    }
}
