package tw.netzero.portal.web.member;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.primefaces.model.charts.line.LineChartModel;
import tw.netzero.portal.application.DraftCheck;
import tw.netzero.portal.application.PledgeOverview;
import tw.netzero.portal.application.PledgeService;
import tw.netzero.portal.domain.model.filing.RestatementLedger;
import tw.netzero.portal.domain.model.filing.RestatementReason;
import tw.netzero.portal.domain.model.pledge.BoundaryApproach;
import tw.netzero.portal.domain.model.pledge.PledgeDraft;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;
import tw.netzero.portal.domain.model.pledge.PreCheckResult;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.pledge.TargetKind;
import tw.netzero.portal.domain.model.pledge.TargetClassification;
import tw.netzero.portal.domain.model.pledge.TargetRuleResult;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * member/pledge.xhtml: the step-by-step pledge form. The draft can be saved at any step; the
 * last step shows the live pre-check and the pathway chart, then submits.
 */
@Named
@ViewScoped
public class PledgeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PledgeService pledgeService;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private PledgeOverview overview;
    private PledgeVersion editing;
    private PledgeDraft draft;
    private RestatementReason restatementReason = RestatementReason.STRUCTURAL_CHANGE;
    private BigDecimal restatedTotal;
    private String restatementExplanation;

    /** f:viewAction: what exists; nothing is created by opening the page. */
    public void load() {
        overview = pledgeService.ownPledge();
        PledgeVersion open = overview.open();
        if (open != null && open.isEditableByMember()) {
            edit(open);
        }
    }

    /** Starts a first pledge or a revision of the one in force (a POST, never on GET). */
    public void start() {
        serviceCall.run("pledge", () -> edit(pledgeService.openDraft()));
    }

    public void save() {
        if (serviceCall.run("wizard", () -> editing = pledgeService.saveDraft(editing.id(), draft, editing.version()))) {
            messages.info("pledge.saved");
        }
    }

    public void submit() {
        if (serviceCall.run("wizard", () -> {
            editing = pledgeService.saveDraft(editing.id(), draft, editing.version());
            editing = pledgeService.submit(editing.id(), editing.version());
        })) {
            messages.info("pledge.submittedMessage", editing.number());
            overview = pledgeService.ownPledge();
            editing = null;
            draft = null;
        }
    }

    /** Records a base-year restatement of the pledge in force. */
    public void restate() {
        if (serviceCall.run("restatement", () -> overview = pledgeService.restateBaseYear(restatementReason,
                restatedTotal, restatementExplanation))) {
            messages.info("restatement.recorded");
            restatedTotal = null;
            restatementExplanation = null;
        }
    }

    public List<RestatementReason> getRestatementReasons() {
        return List.of(RestatementReason.values());
    }

    public RestatementLedger getLedger() {
        return overview == null ? null : overview.ledger().orElse(null);
    }

    public RestatementReason getRestatementReason() {
        return restatementReason;
    }

    public void setRestatementReason(RestatementReason restatementReason) {
        this.restatementReason = restatementReason;
    }

    public BigDecimal getRestatedTotal() {
        return restatedTotal;
    }

    public void setRestatedTotal(BigDecimal restatedTotal) {
        this.restatedTotal = restatedTotal;
    }

    public String getRestatementExplanation() {
        return restatementExplanation;
    }

    public void setRestatementExplanation(String restatementExplanation) {
        this.restatementExplanation = restatementExplanation;
    }

    private void edit(PledgeVersion version) {
        editing = version;
        draft = version.content();
    }

    /** The pre-check of what is typed so far, once the draft is complete; null before. */
    public PreCheckResult getPreCheck() {
        return check().preCheck();
    }

    /** Why the typed terms cannot be checked yet (a missing field or a broken rule). */
    public String getIncompleteReason() {
        DraftCheck check = check();
        if (check.isCheckable()) {
            return null;
        }
        if ("pledge.incomplete".equals(check.problemKey())) {
            return messages.text("pledge.incomplete", messages.text("pledge.field." + check.problemArguments().get(0)));
        }
        return messages.text(check.problemKey(), check.problemArguments().toArray());
    }

    public LineChartModel getPathwayChart() {
        DraftCheck check = check();
        return check.isCheckable()
                ? PathwayChart.of(check.pathway(), messages.text("pledge.chart.pathway"), Map.of(), null) : null;
    }

    /** Checked once per request, however often the page asks. */
    private DraftCheck check() {
        if (draft == null) {
            return new DraftCheck(null, null, null, List.of());
        }
        return (DraftCheck) faces.getAttributes().computeIfAbsent(DraftCheck.class, key -> pledgeService.check(draft));
    }

    /** The rule's message with its figures, in the view's language. */
    public String ruleText(TargetRuleResult result) {
        return messages.rule(result);
    }

    public PledgeOverview getOverview() {
        return overview;
    }

    public PledgeVersion getEditing() {
        return editing;
    }

    public PledgeDraft getDraft() {
        return draft;
    }

    public List<Scope2Method> getScope2Methods() {
        return List.of(Scope2Method.values());
    }

    public List<TargetKind> getTargetKinds() {
        return List.of(TargetKind.values());
    }

    public List<Scope3Category> getScope3Categories() {
        return List.of(Scope3Category.values());
    }

    public List<BoundaryApproach> getBoundaries() {
        return List.of(BoundaryApproach.values());
    }

    /** The classes SBTi publishes, for recording SBTi's own validation. */
    public List<TargetClassification> getSbtiClassifications() {
        return List.of(TargetClassification.values());
    }
}
