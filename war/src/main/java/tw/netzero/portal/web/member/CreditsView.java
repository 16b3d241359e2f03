package tw.netzero.portal.web.member;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import tw.netzero.portal.application.credit.CreditDetails;
import tw.netzero.portal.application.credit.CreditService;
import tw.netzero.portal.domain.model.credit.CreditCommand;
import tw.netzero.portal.domain.model.credit.CreditProjectType;
import tw.netzero.portal.domain.model.credit.CreditRegistry;

/**
 * member/credits.xhtml: the member's retired carbon credits (decision 0037). Records are the
 * member's own until published; published ones show on the public profile and no longer change.
 */
@Named
@ViewScoped
public class CreditsView extends OwnRecordEditor<CreditDetails, CreditCommand> {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "credit";

    @Inject
    private CreditService creditService;

    private List<CreditDetails> credits;

    private CreditForm form = new CreditForm();

    @PostConstruct
    @Override
    protected void load() {
        credits = creditService.ownCredits();
    }

    @Override
    protected String formId() {
        return FORM;
    }

    @Override
    protected CreditCommand command() {
        return form.toCommand();
    }

    @Override
    protected void startForm(CreditDetails recordOrNull) {
        form = recordOrNull == null ? new CreditForm() : CreditForm.of(recordOrNull);
    }

    @Override
    protected void record(CreditCommand command) {
        creditService.record(command);
    }

    @Override
    protected void revise(long id, CreditCommand command, long version) {
        creditService.revise(id, command, version);
    }

    @Override
    protected String savedMessageKey() {
        return "credit.saved";
    }

    public void publish(CreditDetails credit) {
        if (serviceCall.run(FORM, () -> creditService.publish(credit.id(), credit.version()))) {
            messages.info("credit.publishedMessage");
            load();
        }
    }

    public void remove(CreditDetails credit) {
        if (serviceCall.run(FORM, () -> creditService.remove(credit.id(), credit.version()))) {
            messages.info("credit.removed");
            if (isEditing(credit)) {
                cancel();
            }
            load();
        }
    }

    public List<CreditDetails> getCredits() {
        return credits;
    }

    /** Tonnes CO2e of all the member's records, published or not. */
    public BigDecimal getTotalTonnes() {
        return credits.stream().map(CreditDetails::tonnes).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public CreditForm getForm() {
        return form;
    }

    public CreditRegistry[] getRegistries() {
        return CreditRegistry.values();
    }

    public CreditProjectType[] getProjectTypes() {
        return CreditProjectType.values();
    }
}
