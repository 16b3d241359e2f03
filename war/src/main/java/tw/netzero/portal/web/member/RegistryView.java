package tw.netzero.portal.web.member;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import tw.netzero.portal.application.registry.RegistryDetails;
import tw.netzero.portal.application.registry.RegistryService;
import tw.netzero.portal.application.registry.RegistryStanding;
import tw.netzero.portal.domain.model.registry.RegistryCommand;
import tw.netzero.portal.domain.model.registry.VerificationStatus;

/**
 * member/registry.xhtml: the member's MOENV registry figures per inventory year (decision 0043), each
 * beside its accepted filing's scope 1 + 2 and the two MOENV dates. The member's own until the
 * secretariat publishes a year; published years no longer change.
 */
@Named
@ViewScoped
public class RegistryView extends OwnRecordEditor<RegistryDetails, RegistryCommand> {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "entry";

    @Inject
    private RegistryService registryService;

    private List<RegistryStanding> standings;

    private RegistryForm form = new RegistryForm();

    @PostConstruct
    @Override
    protected void load() {
        standings = registryService.ownRecords();
    }

    @Override
    protected String formId() {
        return FORM;
    }

    @Override
    protected RegistryCommand command() {
        return form.toCommand();
    }

    @Override
    protected void startForm(RegistryDetails recordOrNull) {
        form = recordOrNull == null ? new RegistryForm() : RegistryForm.of(recordOrNull);
    }

    @Override
    protected void record(RegistryCommand command) {
        registryService.record(command);
    }

    @Override
    protected void revise(long id, RegistryCommand command, long version) {
        registryService.revise(id, command, version);
    }

    @Override
    protected String savedMessageKey() {
        return "registry.saved";
    }

    public List<RegistryStanding> getStandings() {
        return standings;
    }

    public RegistryForm getForm() {
        return form;
    }

    public VerificationStatus[] getVerificationStatuses() {
        return VerificationStatus.values();
    }
}
