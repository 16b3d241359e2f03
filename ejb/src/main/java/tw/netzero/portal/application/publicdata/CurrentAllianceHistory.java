package tw.netzero.portal.application.publicdata;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Year;
import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.application.filing.OnTrackJudgement;
import tw.netzero.portal.domain.model.alliance.AllianceQueries;
import tw.netzero.portal.domain.model.alliance.AllianceSettingsRepository;
import tw.netzero.portal.domain.model.alliance.CityTargets;
import tw.netzero.portal.domain.model.cycle.CycleRepository;

/**
 * The alliance's history as of the last committed change: read (six statements) and put
 * together once, then served from memory to every dashboard request, download and API call until
 * a change is committed or it is older than {@code portal.dashboard.max-age-seconds}. Who may see
 * which figures is {@link AllianceDashboard}'s to decide. See decision 0010.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
// Outside the caller's transaction: what is kept under a data version must be committed data.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CurrentAllianceHistory {

    @Inject
    private AllianceQueries queries;

    @Inject
    private CycleRepository cycles;

    /** A change of the coverage threshold is a committed change like any other: it makes a new data version. */
    @Inject
    private AllianceSettingsRepository settings;

    @Inject
    private PublicDataVersion dataVersion;

    @Inject
    private Clock clock;

    /** Without a reporting cycle, the default tolerance, as in members' own progress reports. */
    @Inject
    private PortalSettings portalSettings;

    private CachedPerDataVersion<AllianceHistory> history;

    @PostConstruct
    void keep() {
        history = new CachedPerDataVersion<>(dataVersion, clock, portalSettings.dashboardMaxAge());
    }

    /** The history up to 2050, or to last year if that is later. */
    public AllianceHistory history() {
        return history.get(version -> read());
    }

    private AllianceHistory read() {
        Year lastReported = Year.now(clock).minusYears(1);
        Year last = lastReported.isAfter(CityTargets.NET_ZERO_YEAR) ? lastReported : CityTargets.NET_ZERO_YEAR;
        OnTrackJudgement judgement = new OnTrackJudgement(cycles.all(), portalSettings.onTrackTolerancePercent());
        return AllianceHistory.of(last, lastReported, judgement::toleranceIn, settings.current().coverageThreshold(),
                queries.coverage(), queries.acceptedTotalsByYearAndGroup(), queries.acceptedTotalsByMemberAndYear(),
                queries.pledgesInForce());
    }
}
