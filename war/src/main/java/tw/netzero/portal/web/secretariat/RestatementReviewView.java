package tw.netzero.portal.web.secretariat;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.LongConsumer;
import tw.netzero.portal.application.pledge.PledgeService;
import tw.netzero.portal.application.pledge.RestatementDetails;
import tw.netzero.portal.application.pledge.RestatementReview;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.RecordByAddress;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * secretariat/restatement-review.xhtml?id=…: one base-year restatement beside the base-year total the
 * public sees now, its explanation and evidence, and the decision (accept, or return with a comment)
 * (issue 20, defect 14); secretariat/reviews.xhtml lists the waiting ones with the other queues.
 */
@Named
@ViewScoped
public class RestatementReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecordByAddress records;

    @Inject
    private PledgeService pledgeService;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    /** From the URL; the service loads and checks the restatement. */
    private Long id;
    private RestatementReview review;
    private String comment;

    public void load() {
        records.load(id, () -> review = pledgeService.restatement(id));
    }

    public void accept() {
        decide(restatement -> pledgeService.acceptRestatement(restatement, comment), "restatement.accepted");
    }

    public void returnForRevision() {
        decide(restatement -> pledgeService.returnRestatement(restatement, comment), "restatement.returned");
    }

    private void decide(LongConsumer decision, String doneKey) {
        if (serviceCall.run("decision", () -> decision.accept(id))) {
            messages.info(doneKey);
            comment = null;
            load();
        }
    }

    public boolean isDecidable() {
        return review != null && review.restatement().isWaiting();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RestatementReview getReview() {
        return review;
    }

    public RestatementDetails getEntry() {
        return review == null ? null : review.restatement();
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
