package tw.netzero.portal.web.member;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import tw.netzero.portal.application.credit.CreditService;
import tw.netzero.portal.domain.model.credit.CreditProjectType;
import tw.netzero.portal.domain.model.credit.CreditRegistry;
import tw.netzero.portal.domain.model.credit.CreditRetirement;
import tw.netzero.portal.web.support.FieldMessages;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * member/credits.xhtml: the member's retired carbon credits (decision 0037). Records are the
 * member's own until published; published ones show on the public profile and no longer change.
 */
@Named
@ViewScoped
public class CreditsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "credit";

    @Inject
    private CreditService creditService;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private FieldMessages fieldMessages;

    @Inject
    private Messages messages;

    private List<CreditRetirement> credits;

    private CreditForm form = new CreditForm();

    /** The record being corrected (its id and the version the form loaded), null for a new one. */
    private Long editingId;
    private long editingVersion;

    @PostConstruct
    void load() {
        credits = creditService.ownCredits();
    }

    public void save() {
        if (!fieldMessages.valid(form.toCommand(), FORM)) {
            return;
        }
        boolean saved = editingId == null
                ? serviceCall.run(FORM, () -> creditService.record(form.toCommand()))
                : serviceCall.run(FORM, () -> creditService.revise(editingId, form.toCommand(), editingVersion));
        if (saved) {
            messages.info("credit.saved");
            cancel();
            load();
        }
    }

    public void edit(CreditRetirement credit) {
        form = CreditForm.of(credit);
        editingId = credit.id();
        editingVersion = credit.version();
    }

    public void cancel() {
        form = new CreditForm();
        editingId = null;
    }

    public void publish(CreditRetirement credit) {
        if (serviceCall.run(FORM, () -> creditService.publish(credit.id(), credit.version()))) {
            messages.info("credit.publishedMessage");
            load();
        }
    }

    public void remove(CreditRetirement credit) {
        if (serviceCall.run(FORM, () -> creditService.remove(credit.id(), credit.version()))) {
            messages.info("credit.removed");
            if (credit.id().equals(editingId)) {
                cancel();
            }
            load();
        }
    }

    public List<CreditRetirement> getCredits() {
        return credits;
    }

    /** Tonnes CO2e of all the member's records, published or not. */
    public BigDecimal getTotalTonnes() {
        return credits.stream().map(CreditRetirement::tonnes).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public CreditForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public CreditRegistry[] getRegistries() {
        return CreditRegistry.values();
    }

    public CreditProjectType[] getProjectTypes() {
        return CreditProjectType.values();
    }
}
