package tw.netzero.portal.web.secretariat;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import tw.netzero.portal.application.publicdata.AllianceSettingsDetails;
import tw.netzero.portal.application.publicdata.AllianceSettingsService;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * secretariat/alliance-settings.xhtml (secretariat admins): the coverage threshold below which a
 * year of the alliance's figures is provisional.
 */
@Named
@ViewScoped
public class AllianceSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AllianceSettingsService settingsService;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    private BigDecimal coverageThreshold;
    /** The version edited: a save after someone else's is refused, not overwritten. */
    private long version;
    private AllianceSettingsDetails shown;

    @PostConstruct
    void load() {
        shown = settingsService.current();
        coverageThreshold = shown.coverageThreshold().value();
        version = shown.version();
    }

    public void save() {
        serviceCall.call("settings", () -> settingsService.changeCoverageThreshold(coverageThreshold, version))
                .ifPresent(saved -> {
                    messages.info("alliance.coverageThreshold.saved", saved.value());
                    load();
                });
    }

    public AllianceSettingsDetails getShown() {
        return shown;
    }

    public BigDecimal getCoverageThreshold() {
        return coverageThreshold;
    }

    public void setCoverageThreshold(BigDecimal coverageThreshold) {
        this.coverageThreshold = coverageThreshold;
    }
}
