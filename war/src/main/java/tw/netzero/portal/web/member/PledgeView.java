package tw.netzero.portal.web.member;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.FlowEvent;
import tw.netzero.portal.application.pledge.DraftCheck;
import tw.netzero.portal.application.pledge.EvidenceUpload;
import tw.netzero.portal.application.pledge.PledgeOverview;
import tw.netzero.portal.application.pledge.PledgeService;
import tw.netzero.portal.application.pledge.PledgeVersionDetails;
import tw.netzero.portal.domain.model.pledge.BoundaryApproach;
import tw.netzero.portal.domain.model.pledge.PledgeCommand;
import tw.netzero.portal.domain.model.pledge.PreCheckResult;
import tw.netzero.portal.domain.model.pledge.RestatementCommand;
import tw.netzero.portal.domain.model.pledge.RestatementLedger;
import tw.netzero.portal.domain.model.pledge.RestatementReason;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.pledge.TargetBoundary;
import tw.netzero.portal.domain.model.pledge.TargetClassification;
import tw.netzero.portal.domain.model.pledge.TargetCommand;
import tw.netzero.portal.domain.model.pledge.TargetHorizon;
import tw.netzero.portal.domain.model.pledge.TargetRuleResult;
import tw.netzero.portal.domain.model.pledge.TargetType;
import tw.netzero.portal.domain.model.pledge.TargetVerdict;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.web.support.FieldMessages;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * member/pledge.xhtml: the step-by-step pledge form, on the one form pattern (docs/architecture.md,
 * "Forms"): the steps bind a {@link PledgeForm}, the targets are added, edited and removed one by
 * one in their own {@link TargetForm}, and both reach {@link PledgeService#saveDraft(long,
 * PledgeCommand, List, long)} as commands, each target saved at once. The draft can be saved at any
 * step; the pre-check above the steps follows what is typed (issue 20), the last step shows it with
 * the pathway chart, then submits.
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

    @Inject
    private FieldMessages fieldMessages;

    private PledgeOverview overview;
    private PledgeVersionDetails editing;
    /** The pledge's terms as typed on the steps; null while no version is edited. */
    private PledgeForm form;
    /** The version's targets as the wizard lists them (replaced as a whole, never changed in place). */
    private List<TargetCommand> targets = List.of();
    /** The target being added or edited; null while the editor is closed. */
    private TargetForm targetForm;
    /** Which target the editor changes; null when it adds one. */
    private Integer targetIndex;
    /** The next restatement of the base year as typed, with its chosen files. */
    private RestatementForm restatement = new RestatementForm();

    /** f:viewAction: what exists; nothing is created by opening the page. */
    public void load() {
        overview = pledgeService.ownPledge();
        if (overview.open() != null && overview.open().editableByMember()) {
            edit(overview.open());
        }
    }

    /** Starts a first pledge or a revision of the one in force (a POST, never on GET). */
    public void start() {
        serviceCall.run("pledge", () -> edit(pledgeService.version(pledgeService.openDraft().id())));
    }

    public void save() {
        PledgeCommand pledge = form.toCommand();
        if (validAtFields(pledge) && serviceCall.run("wizard", () -> saveDraft(pledge, targets))) {
            messages.info("pledge.saved");
        }
    }

    /**
     * p:wizard's flowListener: a step is left only with its inputs in range (they are bound without
     * JSF validators: the command's constraints decide, shown at the fields of the step); else the
     * member stays on it.
     */
    public String onFlow(FlowEvent event) {
        return validAtFields(form.toCommand()) ? event.getNewStep() : event.getOldStep();
    }

    /** Whether the terms are in range; if not, each message at its field and one above the form. */
    private boolean validAtFields(PledgeCommand pledge) {
        if (fieldMessages.valid(pledge, "wizard")) {
            return true;
        }
        messages.error(null, "pledge.invalidFields");
        return false;
    }

    public void submit() {
        if (editing == null) {
            // The same form, sent twice at once, was submitted by the other request meanwhile (one view, two requests).
            closeEditor();
            if (overview.open() != null) {
                messages.info("pledge.alreadySubmitted", overview.open().number());
            }
            return;
        }
        long versionId = editing.id();
        PledgeCommand pledge = form.toCommand();
        if (!validAtFields(pledge)) {
            return;
        }
        if (serviceCall.runOnce("wizard", () -> {
            saveDraft(pledge, targets);
            pledgeService.submit(editing.id(), editing.version());
            editing = pledgeService.version(editing.id());
        }, () -> submittedAlready(versionId), "pledge.alreadySubmitted", editing.number())) {
            messages.info("pledge.submittedMessage", editing.number());
            closeEditor();
        }
    }

    /**
     * After a refused submission: whether the version left the member's hands meanwhile (the first of
     * a double click, or the same form sent again); then the page shows the pledge as stored.
     */
    private boolean submittedAlready(long versionId) {
        if (pledgeService.version(versionId).editableByMember()) {
            return false; // refused for another reason: the member's entries stay on the page
        }
        closeEditor();
        return true;
    }

    private void closeEditor() {
        overview = pledgeService.ownPledge();
        editing = null;
        form = null;
        targets = List.of();
        targetForm = null;
    }

    /** Opens the editor for a new target. */
    public void newTarget() {
        targetForm = TargetForm.blank(form.getScope2Method());
        targetIndex = null;
    }

    /** Opens the editor on the target at {@code index}. */
    public void editTarget(int index) {
        targetForm = TargetForm.of(targets.get(index));
        targetIndex = index;
    }

    public void cancelTarget() {
        targetForm = null;
        targetIndex = null;
    }

    /** Saves the edited or new target with the draft; refused at its fields, nothing changes. */
    public void saveTarget() {
        TargetCommand target = targetForm.toCommand();
        if (!fieldMessages.valid(target, "targets")) {
            return;
        }
        List<TargetCommand> changed = new ArrayList<>(targets);
        if (targetIndex == null) {
            changed.add(target);
        } else {
            changed.set(targetIndex, target);
        }
        if (saveTargets(changed)) {
            messages.info("pledge.targets.saved");
            cancelTarget();
        }
    }

    public void removeTarget(int index) {
        List<TargetCommand> changed = new ArrayList<>(targets);
        changed.remove(index);
        if (saveTargets(changed)) {
            messages.info("pledge.targets.removed");
            cancelTarget();
        }
    }

    private boolean saveTargets(List<TargetCommand> changed) {
        PledgeCommand pledge = form.toCommand();
        if (!validAtFields(pledge) || !serviceCall.run("targets", () -> saveDraft(pledge, changed))) {
            return false;
        }
        targets = List.copyOf(changed);
        return true;
    }

    /** The pre-check verdict of the target at {@code index}; null while the pledge cannot be checked. */
    public TargetVerdict verdictOf(int index) {
        PreCheckResult check = getPreCheck();
        return check == null || index >= check.targets().size() ? null : check.targets().get(index);
    }

    /**
     * The verdict of the target in the editor as typed (issue 20, feature 2): the pledge checked
     * with it in its place, nothing stored; else why it cannot be judged yet.
     */
    public record EditedCheck(TargetVerdict verdict, String problem) implements Serializable {
    }

    /** Checked once per request, like the pre-check; null while the editor is closed. */
    public EditedCheck getEditedCheck() {
        if (targetForm == null) {
            return null;
        }
        return (EditedCheck) faces.getAttributes().computeIfAbsent(EditedCheck.class, key -> editedCheck());
    }

    private EditedCheck editedCheck() {
        TargetCommand edited = targetForm.toCommand();
        if (!fieldMessages.isValid(edited)) {
            return new EditedCheck(null, messages.text("pledge.live.editingIncomplete"));
        }
        List<TargetCommand> withEdited = new ArrayList<>(targets);
        int index = targetIndex == null ? withEdited.size() : targetIndex;
        if (targetIndex == null) {
            withEdited.add(edited);
        } else {
            withEdited.set(index, edited);
        }
        DraftCheck check = checkOf(form.toCommand(), withEdited);
        return check.isCheckable() ? new EditedCheck(check.preCheck().targets().get(index), null)
                : new EditedCheck(null, problemText(check));
    }

    /** Whether no rule of the target's verdict failed. */
    public boolean consistent(TargetVerdict verdict) {
        return verdict.results().stream().noneMatch(TargetRuleResult::failed);
    }

    /**
     * Submits a base-year restatement of the pledge in force, with the files chosen so far, for the
     * secretariat's review (decision 0033).
     */
    public void restate() {
        RestatementCommand restated = restatement.toCommand();
        if (fieldMessages.valid(restated, "restatement") && serviceCall.run("restatement",
                () -> overview = pledgeService.restateBaseYear(restated, restatement.getEvidence()))) {
            messages.info("restatement.submitted");
            restatement = new RestatementForm();
        }
    }

    /** Keeps a chosen evidence file in the view until the restatement is submitted. */
    public void chooseRestatementEvidence(FileUploadEvent event) {
        restatement.choose(new EvidenceUpload(event.getFile().getFileName(), event.getFile().getContent()));
    }

    public RestatementForm getRestatement() {
        return restatement;
    }

    public List<RestatementReason> getRestatementReasons() {
        return List.of(RestatementReason.values());
    }

    public RestatementLedger getLedger() {
        return overview == null ? null : overview.ledger().orElse(null);
    }

    /** Saves the terms with these targets; the stored version moves on, so it is read again after the commit. */
    private void saveDraft(PledgeCommand pledge, List<TargetCommand> withTargets) {
        pledgeService.saveDraft(editing.id(), pledge, withTargets, editing.version());
        editing = pledgeService.version(editing.id());
    }

    private void edit(PledgeVersionDetails version) {
        editing = version;
        form = PledgeForm.of(version.terms());
        targets = version.targets();
        targetForm = null;
        targetIndex = null;
    }

    /** The pre-check of what is typed so far, once the draft is complete; null before. */
    public PreCheckResult getPreCheck() {
        return check().preCheck();
    }

    /** Why the typed terms cannot be checked yet (a missing field or a broken rule). */
    public String getIncompleteReason() {
        DraftCheck check = check();
        return check.isCheckable() ? null : problemText(check);
    }

    private String problemText(DraftCheck check) {
        if ("pledge.incomplete".equals(check.problemKey())) {
            return messages.text("pledge.incomplete", messages.text("pledge.field." + check.problemArguments().get(0)));
        }
        return messages.text(check.problemKey(), check.problemArguments().toArray());
    }

    public String getPathwayChart() {
        DraftCheck check = check();
        return check.isCheckable()
                ? PathwayChart.of(check.pathway(), messages.text("pledge.chart.pathway"), Map.of(), null) : null;
    }

    /**
     * Checked once per request for what is typed, however often the page asks. Keyed by the inputs:
     * the panel above the steps precedes them in the form, so its {@code rendered} conditions are
     * asked while a live request is applied, before the typed figure reaches the form; the next
     * ask, for the response, sees the new inputs and checks again.
     */
    private DraftCheck check() {
        if (form == null) {
            return new DraftCheck(null, null, null, List.of());
        }
        PledgeCommand pledge = form.toCommand();
        CheckedInputs checked = (CheckedInputs) faces.getAttributes().get(CheckedInputs.class);
        if (checked == null || !checked.isOf(pledge, targets)) {
            checked = new CheckedInputs(pledge, targets, checkOf(pledge, targets));
            faces.getAttributes().put(CheckedInputs.class, checked);
        }
        return checked.check();
    }

    /** The pre-check of the terms with these targets; terms out of range are not checked (they cannot be saved). */
    private DraftCheck checkOf(PledgeCommand pledge, List<TargetCommand> withTargets) {
        if (!fieldMessages.isValid(pledge)) {
            return new DraftCheck(null, null, "pledge.invalidFields", List.of());
        }
        return pledgeService.check(pledge, withTargets);
    }

    /** A pre-check with the inputs it was computed from. */
    private record CheckedInputs(PledgeCommand pledge, List<TargetCommand> targets, DraftCheck check) {
        boolean isOf(PledgeCommand typed, List<TargetCommand> listed) {
            return pledge.equals(typed) && Objects.equals(targets, listed);
        }
    }

    /** The rule's message with its figures, in the view's language. */
    public String ruleText(TargetRuleResult result) {
        return messages.rule(result);
    }

    public PledgeOverview getOverview() {
        return overview;
    }

    public PledgeVersionDetails getEditing() {
        return editing;
    }

    public PledgeForm getForm() {
        return form;
    }

    public List<Scope2Method> getScope2Methods() {
        return List.of(Scope2Method.values());
    }

    public List<TargetCommand> getTargets() {
        return targets;
    }

    public TargetForm getTargetForm() {
        return targetForm;
    }

    public List<TargetHorizon> getTargetHorizons() {
        return List.of(TargetHorizon.values());
    }

    public List<TargetBoundary> getTargetBoundaries() {
        return List.of(TargetBoundary.values());
    }

    public List<TargetType> getTargetTypes() {
        return List.of(TargetType.values());
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
