package tw.netzero.portal.web.secretariat;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import tw.netzero.portal.application.registry.RegistryService;
import tw.netzero.portal.application.registry.RegistryStanding;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * secretariat/registry.xhtml: every member's MOENV registry years beside their accepted filings
 * (decision 0043); the flagged ones, whose filed scope 1 + 2 differs from the registered figure by
 * more than 5 % (issue 17), first shown on their own with the member's reason. The secretariat
 * publishes a year from here.
 */
@Named
@ViewScoped
public class RegistryReconciliationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistryService registryService;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    private List<RegistryStanding> standings;

    private boolean flaggedOnly = true;

    @PostConstruct
    void load() {
        standings = registryService.reconciliation();
    }

    public void publish(RegistryStanding standing) {
        if (serviceCall.run("reconciliation",
                () -> registryService.publish(standing.record().id(), standing.record().version()))) {
            messages.info("registry.publishedMessage");
            load();
        }
    }

    /** The rows shown: the flagged ones, or all. */
    public List<RegistryStanding> getRows() {
        return flaggedOnly ? standings.stream().filter(row -> row.reconciliation().flagged()).toList() : standings;
    }

    public long getFlaggedCount() {
        return standings.stream().filter(row -> row.reconciliation().flagged()).count();
    }

    public boolean isFlaggedOnly() {
        return flaggedOnly;
    }

    public void setFlaggedOnly(boolean flaggedOnly) {
        this.flaggedOnly = flaggedOnly;
    }
}
