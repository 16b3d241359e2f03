package tw.netzero.portal.application.publicdata;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Year;
import java.util.List;
import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.application.filing.OnTrackJudgement;
import tw.netzero.portal.domain.model.alliance.AllianceQueries;
import tw.netzero.portal.domain.model.alliance.AllianceSettingsRepository;
import tw.netzero.portal.domain.model.alliance.CityTargets;
import tw.netzero.portal.domain.model.alliance.PledgeInForce;
import tw.netzero.portal.domain.model.budget.CityBudgetRepository;
import tw.netzero.portal.domain.model.budget.CityBudgetUse;
import tw.netzero.portal.domain.model.budget.FiledScope12Trend;
import tw.netzero.portal.domain.model.cycle.CycleRepository;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.intensity.AllianceIntensity;
import tw.netzero.portal.domain.model.intensity.IntensityQueries;

/**
 * The alliance's history as of the last committed change, with its emissions intensity and its use
 * of the city's carbon budget periods: read (eight statements) and put together once, then served
 * from memory to every dashboard request, download, public page and API call until a change is
 * committed or it is older than {@code portal.dashboard.max-age-seconds}. Who may see which figures
 * is {@link AllianceDashboard}'s, {@link AllianceIntensityService}'s and the budget service's to
 * decide. See decision 0010; the intensity and the budget joined in decision 0057 (read per request
 * before, they held the dashboard at 2 requests/s at 10,000 members).
 *
 * <p>Refreshed like the directory ({@link KeptWhileRefreshed}, decision 0026), one read at a time:
 * {@link #history()} waits for it (a reviewer sees the filing they have just accepted, decision
 * 0010); {@link #historyWhileRefreshed()} answers with the history kept meanwhile, for the public
 * pages (the directory's strip, the open-data totals), which must not stall on a re-read. A re-read
 * that nobody waits for rests first, as long as the last read took (decision 0063).
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

    @Inject
    private IntensityQueries intensityQueries;

    /** A period entered is a committed change like any other: it makes a new data version. */
    @Inject
    private CityBudgetRepository budgetPeriods;

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

    /** Refreshes run here. */
    @Resource
    private ManagedExecutorService executor;

    /** As long as a reviewer waited for a re-read before: in practice, until it is done. */
    private static final Duration REVIEWERS_WAIT = Duration.ofHours(1);

    /** What one read puts together: the members' accepted totals and pledges serve all three. */
    private record Kept(AllianceHistory history, AllianceIntensity intensity, List<CityBudgetUse> budgetUses,
                        FiledScope12Trend filedTrend) {
    }

    private KeptWhileRefreshed<Kept> kept;

    @PostConstruct
    void keep() {
        // Resting (decision 0063): read whole each time, 47 s and more at 100,000 members, so during a
        // stream of changes it would hold a core all the time, against the requests and the directory.
        kept = new KeptWhileRefreshed<>("Alliance history", dataVersion, clock, portalSettings.dashboardMaxAge(),
                REVIEWERS_WAIT, executor, KeptWhileRefreshed.Pace.RESTING, (previous, version) -> read());
    }

    /** The history up to 2050, or to last year if that is later, as of the last change seen. */
    public AllianceHistory history() {
        return kept.get().history();
    }

    /** The history kept, while a newer one is read in the background. */
    public AllianceHistory historyWhileRefreshed() {
        return kept.get(Duration.ZERO).history();
    }

    /** The alliance's intensity per year up to last year, as of the last change seen (for reviewers). */
    public AllianceIntensity intensity() {
        return kept.get().intensity();
    }

    /** Every budget period with the members' use of it, the latest first, as of the last change seen. */
    public List<CityBudgetUse> budgetUses() {
        return kept.get().budgetUses();
    }

    /**
     * The budget uses kept, while newer ones are read in the background (the public pages; they wait
     * {@code portal.directory.refresh-wait-millis} at most, as the directory does).
     */
    public List<CityBudgetUse> budgetUsesWhileRefreshed() {
        return kept.get(portalSettings.directoryRefreshWait()).budgetUses();
    }

    /** The members' filed scope 1 + 2 per year up to last year, as of the last change seen (for reviewers). */
    public FiledScope12Trend filedTrend() {
        return kept.get().filedTrend();
    }

    /** The trend kept, while a newer one is read in the background (the public pages, like the budget uses). */
    public FiledScope12Trend filedTrendWhileRefreshed() {
        return kept.get(portalSettings.directoryRefreshWait()).filedTrend();
    }

    private Kept read() {
        Year lastReported = DueDates.thisYear(clock).minusYears(1);
        Year last = lastReported.isAfter(CityTargets.NET_ZERO_YEAR) ? lastReported : CityTargets.NET_ZERO_YEAR;
        OnTrackJudgement judgement = new OnTrackJudgement(cycles.all(), portalSettings.onTrackTolerancePercent());
        List<PledgeInForce> pledges = queries.pledgesInForce();
        AllianceHistory.Builder history = new AllianceHistory.Builder(last, lastReported, judgement::toleranceIn,
                settings.current().coverageThreshold(), pledges);
        List<CityBudgetUse.Builder> budgetUses = budgetPeriods.all().stream().map(CityBudgetUse.Builder::new).toList();
        FiledScope12Trend.Builder filedTrend = new FiledScope12Trend.Builder(lastReported);
        // Every member-year, each handed to all three as it is read and then dropped (decision 0059).
        queries.forEachAcceptedMemberYear(memberYear -> {
            history.add(memberYear);
            budgetUses.forEach(use -> use.add(memberYear));
            filedTrend.add(memberYear);
        });
        AllianceIntensity intensity = AllianceIntensity.ofMembers(intensityQueries.acceptedWithActivity(lastReported));
        return new Kept(history.build(queries.coverage(), queries.acceptedTotalsByYearAndGroup()), intensity,
                budgetUses.stream().map(use -> use.build(pledges)).toList(), filedTrend.build());
    }
}
