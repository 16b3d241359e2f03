package tw.netzero.portal.web.member;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tw.netzero.portal.application.pledge.EvidenceUpload;
import tw.netzero.portal.domain.model.pledge.RestatementCommand;
import tw.netzero.portal.domain.model.pledge.RestatementReason;

/**
 * A base-year restatement as bound to the member's pledge page (docs/architecture.md, "Forms"): the
 * inputs only, and the evidence files chosen so far (sent with it; a change over 50 % needs one);
 * {@link #toCommand} hands the inputs to the service as a {@link RestatementCommand}.
 */
public class RestatementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private RestatementReason reason = RestatementReason.STRUCTURAL_CHANGE;
    private BigDecimal newTotal;
    private String explanation;
    private final List<EvidenceUpload> evidence = new ArrayList<>();

    public RestatementCommand toCommand() {
        return new RestatementCommand(reason, newTotal, explanation);
    }

    /** Keeps a chosen file until the restatement is submitted. */
    public void choose(EvidenceUpload file) {
        evidence.add(file);
    }

    public List<EvidenceUpload> getEvidence() {
        return List.copyOf(evidence);
    }

    public RestatementReason getReason() {
        return reason;
    }

    public void setReason(RestatementReason reason) {
        this.reason = reason;
    }

    public BigDecimal getNewTotal() {
        return newTotal;
    }

    public void setNewTotal(BigDecimal newTotal) {
        this.newTotal = newTotal;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }
}
