package tw.netzero.portal.web.secretariat;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tw.netzero.portal.application.review.ReviewQueues;
import tw.netzero.portal.web.support.Messages;

/** secretariat/home.xhtml: what waits for the secretariat, kind by kind, and since when. */
@Named
@ViewScoped
public class SecretariatHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewQueues queues;

    @Inject
    private Messages messages;

    private List<ReviewQueues.Summary> summaries;

    @PostConstruct
    void load() {
        summaries = queues.summaries();
    }

    public List<ReviewQueues.Summary> getSummaries() {
        return summaries;
    }

    /** "Nothing waits", or how many whole days the oldest item has waited. */
    public String waitingText(ReviewQueues.Summary summary) {
        return summary.oldestSince() == null ? messages.text("queue.nothingWaits")
                : messages.text("queue.oldestWaiting", Duration.between(summary.oldestSince(), Instant.now()).toDays());
    }
}
