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
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.domain.model.alliance.AllianceQueries;
import tw.netzero.portal.domain.model.intensity.IntensityQueries;
import tw.netzero.portal.domain.model.intensity.MemberIntensities;
import tw.netzero.portal.domain.model.alliance.PledgeInForce;
import tw.netzero.portal.domain.model.cycle.CycleRepository;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.cycle.ReportingCycle;
import tw.netzero.portal.domain.model.directory.ApprovedTargets;
import tw.netzero.portal.domain.model.directory.DirectoryPage;
import tw.netzero.portal.domain.model.directory.DirectoryQueries;
import tw.netzero.portal.domain.model.directory.DirectoryRequest;
import tw.netzero.portal.domain.model.directory.DirectoryRow;
import tw.netzero.portal.domain.model.directory.DirectorySnapshot;
import tw.netzero.portal.domain.model.directory.MemberFacts;
import tw.netzero.portal.domain.model.filing.OnTrackClassifier;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * The public member directory: read-only, open to everyone. It keeps one {@link DirectorySnapshot}
 * of all active members and serves every page, download and API call from it (decision 0009).
 *
 * <p>The snapshot is refreshed in the background while requests keep getting the one kept, with its
 * own data tag and date ({@link KeptWhileRefreshed}, decision 0026), when a change has been committed
 * since on any instance (the shared {@link PublicDataVersion}, decision 0022), when it is older than
 * {@code portal.directory.max-age-seconds} (a write that skipped the version) or on a new day. A
 * refresh after a change asks the change record which members the versions since changed
 * ({@link DataVersionStore#membersChanged}) and reads only those (three small statements); when the
 * record cannot say (a reporting cycle, the settings, a write around JPA, too many members), and after
 * the maximum age or midnight, it reads everything (three statements over all members).
 *
 * <p>A member's pledge standing also depends on the date: without an approved pledge its
 * commitment lapses the day after 24 months from joining ({@code CommitmentWindow}), with no
 * change committed. So the snapshot is read again after midnight in the alliance's zone, the day is
 * part of the data tag (new ETags) and the data are dated no earlier than that midnight
 * (Last-Modified moves, so If-Modified-Since does not keep yesterday's standings). The response
 * cache of the public pages follows the snapshot (decision 0012).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MemberDirectory {

    /**
     * Beyond this many changed members an update costs about what reading everything does (an IN
     * list of thousands of ids): read everything.
     */
    static final int MAX_MEMBERS_UPDATED = 1_000;

    /** A download holds at most this many rows (the whole alliance many times over). */
    public static final int EXPORT_MAX_ROWS = 20_000;

    private static final Logger LOG = Logger.getLogger(MemberDirectory.class.getName());

    @Inject
    private DirectoryQueries queries;

    @Inject
    private AllianceQueries alliance;

    @Inject
    private IntensityQueries intensityQueries;

    @Inject
    private CycleRepository cycles;

    @Inject
    private PublicDataVersion dataVersion;

    @Inject
    private DataVersionStore changes;

    /** Refreshes run here, so that no request waits for one. */
    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Clock clock;

    /** As in ProgressService: for years without a reporting cycle, which sets its own. */
    @Inject
    private PortalSettings settings;

    private KeptWhileRefreshed<DirectorySnapshot> snapshot;
    private KeptWhileRefreshed<ApprovedTargets> targets;
    private KeptWhileRefreshed<MemberIntensities> intensities;

    @PostConstruct
    void keep() {
        snapshot = new KeptWhileRefreshed<>("Directory snapshot", dataVersion, clock, settings.directoryMaxAge(),
                settings.directoryRefreshWait(), executor, this::refresh);
        targets = new KeptWhileRefreshed<>("Approved targets", dataVersion, clock, settings.directoryMaxAge(),
                settings.directoryRefreshWait(), executor, (kept, version) -> readTargets(version));
        intensities = new KeptWhileRefreshed<>("Member intensities", dataVersion, clock, settings.directoryMaxAge(),
                settings.directoryRefreshWait(), executor, (kept, version) -> new MemberIntensities(
                        intensityQueries.acceptedWithActivity(DueDates.thisYear(clock)), version.changedAt()));
    }

    /**
     * Every target of each active member's approved pledge version in force, for the open-data
     * download (two statements: the active members and the pledges in force), kept like the snapshot.
     */
    public ApprovedTargets approvedTargets() {
        return targets.get();
    }

    /**
     * Every active member's accepted years with net revenue or production output and their intensities, for
     * the open-data download (decision 0048; accepted filings are public, decision 0024), kept like the snapshot.
     */
    public MemberIntensities intensities() {
        return intensities.get();
    }

    private ApprovedTargets readTargets(DataVersion version) {
        Map<Long, PledgeInForce> pledges = alliance.pledgesInForce().stream()
                .collect(Collectors.toMap(PledgeInForce::companyId, Function.identity()));
        return ApprovedTargets.of(queries.activeMembers(), pledges, version.changedAt());
    }

    public DirectoryPage page(DirectoryRequest request) {
        return snapshot().page(request);
    }

    public DirectorySnapshot snapshot() {
        return snapshot.get();
    }

    /**
     * When the data a snapshot read on {@code today} shows last changed: the shared version's time,
     * but no earlier than that midnight (the standings move then without any change committed).
     */
    static Instant asOf(DataVersion version, LocalDate today) {
        Instant midnight = today.atStartOfDay(DueDates.ALLIANCE_ZONE).toInstant();
        return version.changedAt().isBefore(midnight) ? midnight : version.changedAt();
    }

    /**
     * Names the data a snapshot shows, for ETags: only the shared version and the day in the
     * alliance's zone, so every instance that read the same version on the same day gives the same
     * tag (decision 0022). The version is kept in the database across restarts, so a restart needs
     * no part of its own in the tag.
     */
    static String dataTag(DataVersion version, LocalDate today) {
        return version.number() + "-" + asOf(version, today).toEpochMilli() + "-" + today;
    }

    /** The kept snapshot updated for the members changed since, or everything read again (see the class). */
    private DirectorySnapshot refresh(KeptWhileRefreshed.Kept<DirectorySnapshot> kept, DataVersion version) {
        long started = System.nanoTime();
        Optional<Set<Long>> changed = kept == null ? Optional.empty()
                : changes.membersChanged(kept.version(), version.number())
                        .filter(members -> members.size() <= MAX_MEMBERS_UPDATED);
        Instant now = clock.instant();
        LocalDate today = KeptWhileRefreshed.day(now);
        DirectorySnapshot snapshot;
        long read;
        if (changed.isPresent()) {
            Set<Long> members = changed.get();
            List<DirectoryRow> rows = rows(queries.activeMembers(members), alliance.pledgesInForce(members), today);
            read = System.nanoTime();
            snapshot = kept.value().updated(members, rows, dataTag(version, today), asOf(version, today));
        } else {
            List<DirectoryRow> rows = rows(queries.activeMembers(), alliance.pledgesInForce(), today);
            read = System.nanoTime();
            snapshot = DirectorySnapshot.of(rows, dataTag(version, today), asOf(version, today));
        }
        long ended = System.nanoTime();
        // Worth seeing in the log as the alliance grows (requests no longer wait for it); the database's
        // part and the memory's apart, to tell which one a slow refresh waited for.
        LOG.info(() -> "Directory snapshot of " + snapshot.rows().size() + " members "
                + changed.map(members -> "updated for " + members.size() + " changed").orElse("read whole")
                + " in " + Duration.ofNanos(ended - started).toMillis() + " ms (reading "
                + Duration.ofNanos(read - started).toMillis() + " ms, in memory "
                + Duration.ofNanos(ended - read).toMillis() + " ms; version " + version.number() + ")");
        return snapshot;
    }

    private List<DirectoryRow> rows(List<MemberFacts> members, List<PledgeInForce> pledgesInForce, LocalDate today) {
        Map<Long, PledgeInForce> pledges = pledgesInForce.stream()
                .collect(Collectors.toMap(PledgeInForce::companyId, Function.identity()));
        Map<Year, OnTrackClassifier> byCycle = cycles.all().stream().collect(Collectors.toMap(
                ReportingCycle::reportingYear, cycle -> new OnTrackClassifier(cycle.tolerance())));
        OnTrackClassifier withoutCycle = new OnTrackClassifier(Percentage.of(settings.onTrackTolerancePercent()));
        return members.stream()
                .map(facts -> DirectoryRow.of(facts, pledges.get(facts.companyId()),
                        facts.latestReportedYear() == null ? withoutCycle
                                : byCycle.getOrDefault(facts.latestReportedYear(), withoutCycle), today))
                .toList();
    }
}
