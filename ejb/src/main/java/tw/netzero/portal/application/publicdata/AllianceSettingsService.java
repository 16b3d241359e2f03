package tw.netzero.portal.application.publicdata;

import tw.netzero.portal.application.ChecksConcurrentChanges;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import tw.netzero.portal.domain.model.shared.ConcurrentChange;
import tw.netzero.portal.application.account.Caller;
import tw.netzero.portal.application.account.CallerAccess;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.alliance.AllianceSettings;
import tw.netzero.portal.domain.model.alliance.AllianceSettingsRepository;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Percentage;

/** The secretariat's settings for the alliance's figures: the coverage threshold of provisional years. */
@Stateless
@ChecksConcurrentChanges
public class AllianceSettingsService {

    @Inject
    private AllianceSettingsRepository settings;

    @Inject
    private Clock clock;

    @EJB
    private CallerAccess access;

    @EJB
    private AuditLog audit;

    @RolesAllowed(Roles.REVIEWER)
    public AllianceSettingsDetails current() {
        return AllianceSettingsDetails.of(settings.current());
    }

    /**
     * Sets the coverage threshold. {@code expectedVersion} is the version the admin edited: if
     * someone saved in between, the change is refused, not overwritten. Returns the threshold now in
     * force (the new version exists only after the commit: read {@link #current()} again).
     */
    @RolesAllowed(Roles.SECRETARIAT_ADMIN)
    public Percentage changeCoverageThreshold(BigDecimal percent, long expectedVersion) {
        Caller caller = access.current();
        AllianceSettings current = settings.current();
        if (current.version() != expectedVersion) {
            throw new ConcurrentChange();
        }
        String before = current.coverageThreshold().value().toPlainString();
        current.changeCoverageThreshold(percent, clock.instant(), caller.email());
        audit.record(AuditAction.ALLIANCE_COVERAGE_THRESHOLD_CHANGED, "alliance-settings", AllianceSettings.THE_SETTINGS,
                "coverage threshold " + before + " % -> " + current.coverageThreshold().value().toPlainString() + " %");
        return current.coverageThreshold();
    }
}
