package tw.netzero.portal.web.secretariat;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import tw.netzero.portal.application.pledge.PledgeService;
import tw.netzero.portal.application.review.ReviewQueues;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.review.QueueItem;
import tw.netzero.portal.domain.model.review.ReviewKind;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * secretariat/reviews.xhtml: the three queues (applications, pledges, filings), each paged in
 * the database, oldest first, under one filter bar (industry group, status, waiting at least N days).
 */
@Named
@ViewScoped
public class ReviewQueuesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The filter bar's current values, read by the three tables on every load. */
    public interface Filters extends Serializable {
        IndustryGroup industryGroup();

        String status();

        Instant waitingSince();
    }

    @Inject
    private ReviewQueues queues;

    @Inject
    private PledgeService pledgeService;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    private IndustryGroup industryGroup;
    private String status;
    private Integer minimumDaysWaiting;
    private QueueDataModel applications;
    private QueueDataModel pledges;
    private QueueDataModel filings;

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
        };
        applications = new QueueDataModel(queues, ReviewKind.APPLICATION, filters);
        pledges = new QueueDataModel(queues, ReviewKind.PLEDGE, filters);
        filings = new QueueDataModel(queues, ReviewKind.FILING, filters);
    }

    public void take(QueueItem pledge) {
        if (serviceCall.run("queues", () -> pledgeService.take(pledge.itemId()))) {
            messages.info("review.taken", pledge.detail());
        }
    }

    /** Every status an item can wait in, across the three kinds. */
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
