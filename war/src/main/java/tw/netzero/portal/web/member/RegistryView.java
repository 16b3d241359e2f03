package tw.netzero.portal.web.member;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import tw.netzero.portal.application.registry.RegistryService;
import tw.netzero.portal.application.registry.RegistryStanding;
import tw.netzero.portal.domain.model.registry.RegistryRecord;
import tw.netzero.portal.domain.model.registry.VerificationStatus;
import tw.netzero.portal.web.support.FieldMessages;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * member/registry.xhtml: the member's MOENV registry figures per inventory year (decision 0043), each
 * beside its accepted filing's scope 1 + 2 and the two MOENV dates. The member's own until the
 * secretariat publishes a year; published years no longer change.
 */
@Named
@ViewScoped
public class RegistryView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "entry";

    @Inject
    private RegistryService registryService;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private FieldMessages fieldMessages;

    @Inject
    private Messages messages;

    private List<RegistryStanding> standings;

    private RegistryForm form = new RegistryForm();

    /** The year being corrected (its id and the version the form loaded), null for a new one. */
    private Long editingId;
    private long editingVersion;

    @PostConstruct
    void load() {
        standings = registryService.ownRecords();
    }

    public void save() {
        if (!fieldMessages.valid(form.toCommand(), FORM)) {
            return;
        }
        boolean saved = editingId == null
                ? serviceCall.run(FORM, () -> registryService.record(form.toCommand()))
                : serviceCall.run(FORM, () -> registryService.revise(editingId, form.toCommand(), editingVersion));
        if (saved) {
            messages.info("registry.saved");
            cancel();
            load();
        }
    }

    public void edit(RegistryRecord record) {
        form = RegistryForm.of(record);
        editingId = record.id();
        editingVersion = record.version();
    }

    public void cancel() {
        form = new RegistryForm();
        editingId = null;
    }

    public List<RegistryStanding> getStandings() {
        return standings;
    }

    public RegistryForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public VerificationStatus[] getVerificationStatuses() {
        return VerificationStatus.values();
    }
}
