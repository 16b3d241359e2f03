package tw.netzero.portal.web.solutions;

import java.io.Serializable;
import java.math.BigDecimal;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.domain.model.solutions.ChallengeContent;

/** The inputs of member/challenges.xhtml (docs/architecture.md "Forms"): no rules here. */
public class ChallengeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String emissionsSource;
    private String site;
    private Scope scope;
    private BigDecimal tonnesPerYear;
    private String requiredOutcome;
    private String shareableData;

    public ChallengeContent toContent() {
        return new ChallengeContent(title, emissionsSource, site, scope, tonnesPerYear, requiredOutcome, shareableData);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getEmissionsSource() {
        return emissionsSource;
    }

    public void setEmissionsSource(String emissionsSource) {
        this.emissionsSource = emissionsSource;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public Scope getScope() {
        return scope;
    }

    public void setScope(Scope scope) {
        this.scope = scope;
    }

    public BigDecimal getTonnesPerYear() {
        return tonnesPerYear;
    }

    public void setTonnesPerYear(BigDecimal tonnesPerYear) {
        this.tonnesPerYear = tonnesPerYear;
    }

    public String getRequiredOutcome() {
        return requiredOutcome;
    }

    public void setRequiredOutcome(String requiredOutcome) {
        this.requiredOutcome = requiredOutcome;
    }

    public String getShareableData() {
        return shareableData;
    }

    public void setShareableData(String shareableData) {
        this.shareableData = shareableData;
    }
}
