package tw.netzero.portal.web.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;
import tw.netzero.portal.application.filing.EvidenceDetails;
import tw.netzero.portal.application.filing.FilingDetails;
import tw.netzero.portal.application.filing.FilingService;
import tw.netzero.portal.application.filing.ProgressService;
import tw.netzero.portal.domain.model.filing.AssuranceLevel;
import tw.netzero.portal.domain.model.filing.EvidenceItem;
import tw.netzero.portal.domain.model.filing.FilingDraft;
import tw.netzero.portal.domain.model.filing.FilingDraft.Scope3Figure;
import tw.netzero.portal.domain.model.filing.FilingStatus;
import tw.netzero.portal.domain.model.filing.OnTrackAssessment;
import tw.netzero.portal.domain.model.filing.Scope3EntryStatus;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.web.support.FieldMessages;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.RecordByAddress;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * member/filing.xhtml?id=…: one progress filing — figures, verification, evidence, submission.
 * While the member types (issue 20, feature 4) the page shows last year's accepted figures beside
 * the fields, running totals per scope, completeness in per cent, the on-track preview of a
 * complete draft and the evidence checklist beside the figures each item supports.
 */
@Named
@ViewScoped
public class FilingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecordByAddress records;

    @Inject
    private FilingService filingService;

    @Inject
    private ServiceCall serviceCall;

    /** Checks the draft first, so its field messages come in the reader's language, not the server's. */
    @Inject
    private FieldMessages fieldMessages;

    @Inject
    private Messages messages;

    /**
     * The company's accepted filing of the year before, as read-only figures: what each field is
     * compared with (the scope 3 and grand totals as the filing counts them, an imported year's too).
     */
    public record LastYear(Year year, FilingDraft figures, BigDecimal scope3Tonnes, BigDecimal total)
            implements Serializable {

        static LastYear of(FilingDetails accepted) {
            return new LastYear(accepted.reportingYear(), accepted.draft(), accepted.scope3Total().tonnes(),
                    accepted.totalEmissions().tonnes());
        }

        /** The figure of a form field by its id; null when the year did not give it. */
        BigDecimal figure(String field) {
            return switch (field) {
                case "scope1" -> figures.scope1();
                case "scope2LocationBased" -> figures.scope2LocationBased();
                case "scope2MarketBased" -> figures.scope2MarketBased();
                case "energyMwh" -> figures.energyMwh();
                case "renewableSharePercent" -> figures.renewableSharePercent();
                case "productionOutput" -> figures.productionOutput();
                case "netRevenueMillionNtd" -> figures.netRevenueMillionNtd();
                default -> throw new IllegalArgumentException("No such field: " + field);
            };
        }
    }

    /** The request attribute the preview is kept in for the request. */
    private static final String PREVIEW = FilingView.class.getName() + ".preview";

    /** What a figure typed into the form updates at once. */
    public static final String LIVE_UPDATE = ":filing:summary :filing:figuresEvidence";

    @Inject
    private ProgressService progressService;

    @Inject
    private FacesContext faces;

    /** From the URL; never trusted (the service checks the filing's company). */
    private Long id;
    private FilingDetails filing;
    private FilingForm form;
    private List<EvidenceDetails> evidence = List.of();
    /** Null when the year before has no accepted filing. */
    private LastYear lastYear;

    public void load() {
        records.load(id, () -> {
            filing = filingService.filing(id);
            form = FilingForm.of(filing.draft());
            evidence = filingService.evidenceOf(id);
            lastYear = progressService.ownProgress().acceptedFilingIn(getPreviousYear())
                    .map(filingService::filing).map(LastYear::of).orElse(null);
        });
    }

    public void save() {
        if (fieldMessages.valid(form.toDraft(), "filing") && serviceCall.run("filing", () -> filingService.saveDraft(id, form.toDraft(), filing.version()))) {
            reload();
            messages.info("filing.saved");
        }
    }

    public void submit() {
        if (fieldMessages.valid(form.toDraft(), "filing") && serviceCall.runOnce("filing",
                () -> filingService.saveAndSubmit(id, form.toDraft(), filing.version()),
                this::submittedAlready, "filing.alreadySubmitted", filing.reportingYear().getValue())) {
            reload();
            messages.info("filing.submittedMessage", filing.reportingYear().getValue());
        }
    }

    /**
     * After a refused submission: whether the stored filing left the member's hands meanwhile (the
     * first of a double click, or the same form sent again); then the page shows it as stored.
     */
    private boolean submittedAlready() {
        FilingDetails stored = filingService.filing(id);
        if (stored.status().isEditableByMember()) {
            return false; // refused for another reason: the member's entries stay on the page
        }
        filing = stored;
        form = FilingForm.of(stored.draft());
        return true;
    }

    public void upload(FileUploadEvent event) {
        if (serviceCall.run("evidence", "upload", () -> filingService.attachEvidence(id, event.getFile().getFileName(),
                event.getFile().getContent()))) {
            evidence = filingService.evidenceOf(id);
            messages.info("evidence.attached", event.getFile().getFileName());
        }
    }

    /** Starts a correction of this accepted filing: a new filing for the same year that will supersede it. */
    public String startCorrection() {
        return serviceCall.call("filing", () -> filingService.startCorrection(id))
                .map(correction -> "/member/filing?faces-redirect=true&id=" + correction.id()).orElse(null);
    }

    public boolean isCorrectable() {
        return filing != null && filing.status() == FilingStatus.ACCEPTED && !filing.isSuperseded();
    }

    /** After a save the stored version has moved on; edit from what is stored now. */
    private void reload() {
        filing = filingService.filing(id);
        form = FilingForm.of(filing.draft());
    }

    public boolean isEditable() {
        return filing != null && filing.status().isEditableByMember();
    }

    public Year getPreviousYear() {
        return filing.reportingYear().minusYears(1);
    }

    public LastYear getLastYear() {
        return lastYear;
    }

    /** "In 2024: 12,345" under a field; null without last year's figure. */
    public String lastYearText(String field) {
        BigDecimal figure = lastYear == null ? null : lastYear.figure(field);
        return figure == null ? null : messages.text("filing.lastYear", lastYear.year().getValue(), figure);
    }

    /** The heading of last year's column in the scope 3 table. */
    public String getLastYearColumn() {
        return messages.text("filing.lastYear.column", getPreviousYear().getValue());
    }

    /** Last year's line of a scope 3 category: its tonnes, or why it was left out; null without one. */
    public String lastYearScope3Text(Scope3Category category) {
        Scope3Figure figure = lastYear == null ? null : lastYear.figures().scope3().get(category);
        if (figure == null) {
            return null;
        }
        return figure.status() == Scope3EntryStatus.REPORTED && figure.tonnes() != null
                ? messages.text("filing.lastYear.tonnes", figure.tonnes())
                : messages.text("scope3Status." + figure.status());
    }

    /** The form as a draft, as typed so far: what the totals, completeness and checklist read. */
    public FilingDraft getDraft() {
        return form.toDraft();
    }

    /** Figures still missing before the filing can be submitted. */
    public int getMissingFigures() {
        return FilingDraft.REQUIRED_FIGURES - getDraft().figuresGiven();
    }

    public int getRequiredFigures() {
        return FilingDraft.REQUIRED_FIGURES;
    }

    /**
     * The on-track preview of the figures as typed (the domain's judgement, nothing stored); null
     * unless the member can still change the filing and the draft is complete and in range.
     * Judged once per request, however often the page asks.
     */
    public OnTrackAssessment getPreview() {
        if (!isEditable()) {
            return null;
        }
        return ((Optional<?>) faces.getAttributes().computeIfAbsent(PREVIEW, key -> {
            FilingDraft draft = getDraft();
            return draft.isComplete() && fieldMessages.isValid(draft)
                    ? progressService.preview(filing.reportingYear(), draft) : Optional.empty();
        })).map(OnTrackAssessment.class::cast).orElse(null);
    }

    /** The evidence beside the emissions: the inventory report, and certificates for a renewable share. */
    public List<EvidenceItem> getFiguresChecklist() {
        return EvidenceItem.checklist(getDraft()).stream()
                .filter(item -> item != EvidenceItem.VERIFICATION_STATEMENT).toList();
    }

    /** The evidence beside the verification: the statement, once a scope is verified. */
    public List<EvidenceItem> getVerificationChecklist() {
        return EvidenceItem.checklist(getDraft()).stream()
                .filter(item -> item == EvidenceItem.VERIFICATION_STATEMENT).toList();
    }

    public String getLiveUpdate() {
        return LIVE_UPDATE;
    }

    public List<Scope3EntryStatus> getScope3Statuses() {
        return List.of(Scope3EntryStatus.values());
    }

    public List<AssuranceLevel> getAssuranceLevels() {
        return List.of(AssuranceLevel.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public FilingDetails getFiling() {
        return filing;
    }

    public FilingForm getForm() {
        return form;
    }

    public List<EvidenceDetails> getEvidence() {
        return evidence;
    }
}
