package tw.netzero.portal.web.secretariat;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.Consumer;
import tw.netzero.portal.application.company.CompanyAdministration;
import tw.netzero.portal.application.company.CompanyDetails;
import tw.netzero.portal.application.filing.ProgressReport;
import tw.netzero.portal.application.filing.ProgressService;
import tw.netzero.portal.application.pledge.PledgeService;
import tw.netzero.portal.application.pledge.PledgeVersionDetails;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.PledgeStatus;
import tw.netzero.portal.domain.model.pledge.PreCheckResult;
import tw.netzero.portal.domain.model.pledge.SbtiValidation;
import tw.netzero.portal.domain.model.pledge.TargetReview;
import tw.netzero.portal.domain.model.pledge.TargetRuleResult;
import tw.netzero.portal.web.member.PathwayChart;
import tw.netzero.portal.web.member.PledgeForm;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.RecordByAddress;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * secretariat/pledge-review.xhtml?id=…: one submitted version beside the version in force,
 * its pre-check rule by rule, its pathway with the company's reported emissions, and the
 * decision. Two reviewers deciding at once: the second is told (the version has moved on).
 */
@Named
@ViewScoped
public class PledgeReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecordByAddress records;

    @Inject
    private PledgeService pledgeService;

    @Inject
    private ProgressService progressService;

    @Inject
    private CompanyAdministration administration;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    /** From the URL; the services load and check the version. */
    private Long id;
    private PledgeVersionDetails version;
    private PledgeVersionDetails inForce;
    private CompanyDetails company;
    /** The pathway chart of the version (with the company's reported emissions); null while incomplete. */
    private String chart;
    private PreCheckResult preCheck;
    private TargetReview targetReview;
    private ProgressReport progress;
    private String comment;

    public void load() {
        records.load(id, () -> {
            version = pledgeService.version(id);
            company = administration.company(version.companyId());
            progress = progressService.progressOf(version.companyId());
            inForce = progress.pledge().inForce() == null ? null : pledgeService.version(progress.pledge().inForce().id());
            preCheck = version.complete() ? pledgeService.preCheck(id) : null;
            chart = version.checkedTerms().map(terms -> PathwayChart.of(Pathway.of(terms),
                    messages.text("pledge.chart.pathway"), progress.reportedTotals(),
                    messages.text("pledge.chart.reported"))).orElse(null);
            targetReview = inForce == null ? null : pledgeService.targetReview(inForce.id()).orElse(null);
        });
    }

    public void approve() {
        decide(v -> pledgeService.approve(v, comment), "review.approved");
    }

    public void returnForRevision() {
        decide(v -> pledgeService.returnForRevision(v, comment), "review.returned");
    }

    public void reject() {
        decide(v -> pledgeService.reject(v, comment), "review.rejected");
    }

    private void decide(Consumer<Long> decision, String doneKey) {
        if (serviceCall.runOnce("decision", () -> decision.accept(id), this::decidedAlready, "review.alreadyDecided")) {
            messages.info(doneKey);
            comment = null;
            load();
        }
    }

    /** After a refused decision: whether the version was decided meanwhile (a double click, a resend, another reviewer). */
    private boolean decidedAlready() {
        if (pledgeService.version(id).status() == PledgeStatus.UNDER_REVIEW) {
            return false;
        }
        load();
        return true;
    }

    public boolean isDecidable() {
        return version != null && version.status() == PledgeStatus.UNDER_REVIEW;
    }

    public String getChart() {
        return chart;
    }

    /** The terms of the version under review, for the comparison table (typed and formatted as the wizard's). */
    public PledgeForm getVersionTerms() {
        return PledgeForm.of(version.terms());
    }

    /** The terms of the version in force; null when none is. */
    public PledgeForm getInForceTerms() {
        return inForce == null ? null : PledgeForm.of(inForce.terms());
    }

    public String ruleText(TargetRuleResult result) {
        return messages.rule(result);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PledgeVersionDetails getVersion() {
        return version;
    }

    /** When the targets of the version in force fall due for review, or null. */
    public TargetReview getTargetReview() {
        return targetReview;
    }

    public PledgeVersionDetails getInForce() {
        return inForce;
    }

    public CompanyDetails getCompany() {
        return company;
    }

    public PreCheckResult getPreCheck() {
        return preCheck;
    }

    /** SBTi's own validation as the member recorded it; null when none. */
    public SbtiValidation getSbtiValidation() {
        return version.recordedSbtiValidation().orElse(null);
    }

    public ProgressReport getProgress() {
        return progress;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
