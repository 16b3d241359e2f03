package tw.netzero.portal.web.secretariat;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tw.netzero.portal.application.ReviewQueues;

/** secretariat/home.xhtml: what waits for the secretariat, kind by kind, and since when. */
@Named
@ViewScoped
public class SecretariatHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewQueues queues;

    private List<ReviewQueues.Summary> summaries;

    @PostConstruct
    void load() {
        summaries = queues.summaries();
    }

    public List<ReviewQueues.Summary> getSummaries() {
        return summaries;
    }

    /** Whole days the oldest item has waited, or null when nothing waits. */
    public Long daysWaiting(ReviewQueues.Summary summary) {
        return summary.oldestSince() == null ? null : Duration.between(summary.oldestSince(), Instant.now()).toDays();
    }
}
