package tw.netzero.portal.web.solutions;

import java.io.Serializable;
import java.math.BigDecimal;
import tw.netzero.portal.domain.model.solutions.ProposalContent;

/** The proposal form's inputs (no rules: those are on {@link ProposalContent} and the proposal). */
public class ProposalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String summary;
    private BigDecimal expectedReduction;
    private String reductionBasis;
    private BigDecimal costFrom;
    private BigDecimal costTo;
    private int readinessLevel;
    private String references;

    public static ProposalForm of(ProposalContent content) {
        ProposalForm form = new ProposalForm();
        form.title = content.title();
        form.summary = content.summary();
        form.expectedReduction = content.expectedReductionTonnesPerYear();
        form.reductionBasis = content.reductionBasis();
        form.costFrom = content.costFromTwd();
        form.costTo = content.costToTwd();
        form.readinessLevel = content.readinessLevel();
        form.references = content.references();
        return form;
    }

    public ProposalContent toContent() {
        return new ProposalContent(title, summary, expectedReduction, reductionBasis, costFrom, costTo, readinessLevel,
                references);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public BigDecimal getExpectedReduction() {
        return expectedReduction;
    }

    public void setExpectedReduction(BigDecimal expectedReduction) {
        this.expectedReduction = expectedReduction;
    }

    public String getReductionBasis() {
        return reductionBasis;
    }

    public void setReductionBasis(String reductionBasis) {
        this.reductionBasis = reductionBasis;
    }

    public BigDecimal getCostFrom() {
        return costFrom;
    }

    public void setCostFrom(BigDecimal costFrom) {
        this.costFrom = costFrom;
    }

    public BigDecimal getCostTo() {
        return costTo;
    }

    public void setCostTo(BigDecimal costTo) {
        this.costTo = costTo;
    }

    public int getReadinessLevel() {
        return readinessLevel;
    }

    public void setReadinessLevel(int readinessLevel) {
        this.readinessLevel = readinessLevel;
    }

    public String getReferences() {
        return references;
    }

    public void setReferences(String references) {
        this.references = references;
    }
}
