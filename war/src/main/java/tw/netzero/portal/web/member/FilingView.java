package tw.netzero.portal.web.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import tw.netzero.portal.application.filing.FilingService;
import tw.netzero.portal.domain.model.filing.AssuranceLevel;
import tw.netzero.portal.domain.model.filing.EvidenceFile;
import tw.netzero.portal.domain.model.filing.FilingStatus;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.filing.Scope3EntryStatus;
import tw.netzero.portal.web.support.FieldMessages;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.RecordByAddress;
import tw.netzero.portal.web.support.ServiceCall;

/** member/filing.xhtml?id=…: one progress filing — figures, verification, evidence, submission. */
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

    /** From the URL; never trusted (the service checks the filing's company). */
    private Long id;
    private ProgressFiling filing;
    private FilingForm form;
    private List<EvidenceFile> evidence = List.of();

    public void load() {
        records.load(id, () -> {
            filing = filingService.filing(id);
            form = FilingForm.of(filing.draft());
            evidence = filingService.evidenceOf(id);
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
        ProgressFiling stored = filingService.filing(id);
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

    public ProgressFiling getFiling() {
        return filing;
    }

    public FilingForm getForm() {
        return form;
    }

    public List<EvidenceFile> getEvidence() {
        return evidence;
    }
}
