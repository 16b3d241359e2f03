package tw.netzero.portal.web.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Year;
import java.util.List;
import tw.netzero.portal.domain.model.pledge.TargetPathway;
import tw.netzero.portal.application.filing.FilingService;
import tw.netzero.portal.application.filing.ProgressReport;
import tw.netzero.portal.application.filing.ProgressService;
import tw.netzero.portal.application.pledge.PledgeService;
import tw.netzero.portal.domain.model.pledge.PreCheckResult;
import tw.netzero.portal.domain.model.pledge.TargetReview;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * member/home.xhtml: the pledge in force with its pre-check badge, pathway against reported
 * emissions, the filings with their status and on-track result, and what is due next
 * (computed by the service).
 */
@Named
@ViewScoped
public class MemberHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgressService progressService;

    @Inject
    private PledgeService pledgeService;

    @Inject
    private FilingService filingService;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    private ProgressReport report;
    private PreCheckResult inForceCheck;
    private TargetReview targetReview;
    private Integer newYear;

    public void load() {
        report = progressService.ownProgress();
        inForceCheck = report.pledge().inForce() == null ? null : pledgeService.preCheck(report.pledge().inForce().id());
        targetReview = report.pledge().inForce() == null ? null
                : pledgeService.targetReview(report.pledge().inForce().id()).orElse(null);
        newYear = report.nextDueYear() == null ? null : report.nextDueYear().getValue();
    }

    /** Starts the filing of the chosen year and opens it. */
    public String startFiling() {
        return serviceCall.call("newFiling", () -> filingService.startDraft(Year.of(newYear)))
                .map(filing -> "/member/filing?faces-redirect=true&id=" + filing.id()).orElse(null);
    }

    public String getChart() {
        return report.pledge().termsInForce()
                .map(terms -> PathwayChart.perTarget(TargetPathway.allOf(terms.targets()), report.verdicts(),
                        messages))
                .orElse(null);
    }

    public ProgressReport getReport() {
        return report;
    }

    public PreCheckResult getInForceCheck() {
        return inForceCheck;
    }

    /** When the targets in force fall due for review, or null (no pledge in force, or no approval time). */
    public TargetReview getTargetReview() {
        return targetReview;
    }

    public List<Integer> getOpenYears() {
        return report.openYears().stream().map(Year::getValue).toList();
    }

    public Integer getNewYear() {
        return newYear;
    }

    public void setNewYear(Integer newYear) {
        this.newYear = newYear;
    }
}
