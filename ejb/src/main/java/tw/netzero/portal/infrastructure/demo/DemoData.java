package tw.netzero.portal.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.application.company.MembershipService;
import tw.netzero.portal.domain.model.account.AccountRepository;
import tw.netzero.portal.domain.model.account.PasswordHashing;
import tw.netzero.portal.domain.model.account.RecoveryCodes;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.company.CompanyProfile;
import tw.netzero.portal.domain.model.company.CompanyRepository;
import tw.netzero.portal.domain.model.company.District;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.budget.CityBudgetPeriod;
import tw.netzero.portal.domain.model.budget.CityBudgetRepository;
import tw.netzero.portal.domain.model.credit.CreditRetirementRepository;
import tw.netzero.portal.domain.model.training.TrainingRepository;
import tw.netzero.portal.domain.model.registry.RegistryRecordRepository;
import tw.netzero.portal.domain.model.cycle.CycleRepository;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.cycle.ReportingCycle;
import tw.netzero.portal.domain.model.filing.AssuranceLevel;
import tw.netzero.portal.domain.model.filing.FilingDraft;
import tw.netzero.portal.domain.model.filing.FilingRepository;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.filing.Scope3EntryStatus;
import tw.netzero.portal.domain.model.pledge.BoundaryApproach;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.PledgeCommand;
import tw.netzero.portal.domain.model.pledge.PledgeDraft;
import tw.netzero.portal.domain.model.pledge.PledgeRepository;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.pledge.TargetClassification;
import tw.netzero.portal.domain.model.pledge.TargetDraft;
import tw.netzero.portal.domain.model.pledge.TargetHorizon;
import tw.netzero.portal.domain.model.pledge.TargetKind;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.infrastructure.persistence.jpa.StartupLock;

/**
 * Loads the alliance as founded (51 fictional companies in five groups) into an empty
 * database, only when {@code portal.demo-data=true} (the run command sets it; tests and
 * production leave it off). Instances starting together take turns ({@link StartupLock}).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoData {

    static final String FOUNDING_MEMBERS = "/demo/founding-members.tsv";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    private PortalSettings settings;

    @Inject
    private CompanyRepository companies;

    @EJB
    private MembershipService membership;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private Clock clock;

    @Inject
    private PledgeRepository pledges;

    @Inject
    private FilingRepository filings;

    @Inject
    private CycleRepository cycles;

    @Inject
    private StartupLock startupLock;

    @Inject
    private CreditRetirementRepository credits;

    @Inject
    private CityBudgetRepository cityBudget;

    @Inject
    private TrainingRepository training;

    @Inject
    private RegistryRecordRepository registry;

    @Inject
    private DemoCallsForSolutions callsForSolutions;

    @PostConstruct
    void load() {
        if (!settings.demoData()) {
            return;
        }
        // Instances of a deployment group starting on an empty database: one loads, the others
        // wait here (this start-up runs in one transaction), then find everything there.
        startupLock.holdUntilTransactionEnds(StartupLock.DEMO_DATA);
        if (companies.count() == 0) {
            List<FoundingMember> founders = readFoundingMembers();
            founders.forEach(founder -> membership.admit(founder.profile(), founder.joinedOn()));
            LOG.info(() -> "Demo data: " + founders.size() + " founding member companies loaded");
        }
        if (accounts.findByEmail(DemoAccount.SECRETARIAT_ADMIN.email).isEmpty()) {
            for (DemoAccount demo : DemoAccount.values()) {
                accounts.add(demo.create(companies, hashing, clock.instant()));
            }
            LOG.info("Demo data: demo accounts created (see README.md for their e-mails and passwords)");
        }
        for (DemoAccount demo : DemoAccount.values()) {
            // Also for demo accounts made before the second factor existed (issue 14, item 5).
            accounts.findByEmail(demo.email).filter(account -> demo.totpSecret != null && !account.hasSecondFactor())
                    .ifPresent(account -> account.enrol(demo.totpSecret, demo.recoveryCodes(), clock.instant()));
        }
        DemoCalendar calendar = DemoCalendar.of(DueDates.today(clock));
        for (DemoPledge demo : DemoPledge.values()) {
            long companyId = companies.findByUbn(Ubn.of(demo.ubn)).orElseThrow().id();
            if (pledges.ofCompany(companyId).isEmpty()) {
                PledgeVersion approved = demo.approved(companyId, calendar.pledgesApproved(), clock);
                pledges.add(approved);
                List<ProgressFiling> filed = demo.acceptedFilings(companyId, Pathway.of(approved.terms().orElseThrow()),
                        calendar.lastFiledYear(), clock);
                filed.forEach(filings::add);
                // Harbor Crest Steel stays the one member that has not registered with MOENV: the browser
                // tests of the registry and of MOENV's deadlines start from there (README).
                if (demo != DemoPledge.HARBOR_CREST_STEEL && registry.ofCompany(companyId).isEmpty()) {
                    DemoAlliance.registryOf(demo.ordinal(), companyId, filed, calendar, clock.instant())
                            .forEach(registry::add);
                }
            }
        }
        loadGenerated(calendar);
        for (DemoCredit demo : DemoCredit.values()) {
            long companyId = companies.findByUbn(Ubn.of(demo.recordedBy.companyUbn)).orElseThrow().id();
            if (credits.ofCompany(companyId).stream().noneMatch(demo::isRecordedAs)) {
                credits.add(demo.recorded(companyId, calendar.lastFiledYear(), calendar.today(), clock.instant()));
            }
        }
        for (DemoTraining demo : DemoTraining.values()) {
            long companyId = companies.findByUbn(Ubn.of(demo.recordedBy.companyUbn)).orElseThrow().id();
            if (training.ofCompany(companyId).stream().noneMatch(demo::isRecordedAs)) {
                training.add(demo.recorded(companyId, calendar.lastFiledYear(), calendar.today(), clock.instant()));
            }
        }
        if (cityBudget.all().isEmpty()) {
            // The ordinance's first budget, 2025-26: 50.94 Mt CO2e (shared/domain.md), the one real figure.
            cityBudget.add(CityBudgetPeriod.enter(CityBudgetPeriod.KAOHSIUNG_FIRST_YEAR.getValue(),
                    CityBudgetPeriod.KAOHSIUNG_FIRST_LAST_YEAR.getValue(), CityBudgetPeriod.KAOHSIUNG_2025_26.tonnes(),
                    "Kaohsiung Net Zero City Development Autonomous Ordinance (city law portal)", List.of(),
                    clock.instant(), DemoAccount.SECRETARIAT_ADMIN.email));
        }
        if (cycles.all().isEmpty()) {
            demoCycles(calendar).forEach(cycles::add);
            LOG.info(() -> "Demo data: reporting cycles " + calendar.openYear().minusYears(1) + " (closed) and "
                    + calendar.openYear() + " (open, due " + calendar.openDue() + ")");
        }
        callsForSolutions.load(clock.instant());
    }

    /**
     * The other founders (all but the hand-written demo companies and the one with sign-ins and no
     * pledge), from {@link DemoAlliance}'s plan; each member once, when it has no pledge yet.
     */
    private void loadGenerated(DemoCalendar calendar) {
        List<String> handWritten = new ArrayList<>();
        for (DemoPledge demo : DemoPledge.values()) {
            handWritten.add(demo.ubn);
        }
        handWritten.add(DemoAccount.ELECTRONICS_ADMIN.companyUbn);
        List<FoundingMember> others = readFoundingMembers().stream()
                .filter(founder -> !handWritten.contains(founder.profile().ubn())).toList();
        Instant now = clock.instant();
        int loaded = 0;
        for (DemoAlliance.Member member : DemoAlliance.of(others)) {
            long companyId = companies.findByUbn(Ubn.of(member.ubn())).orElseThrow().id();
            if (!pledges.ofCompany(companyId).isEmpty()) {
                continue;
            }
            Optional<PledgeVersion> pledge = DemoAlliance.pledgeVersionOf(member, companyId, calendar, clock);
            if (pledge.isEmpty()) {
                continue;
            }
            pledges.add(pledge.get());
            List<ProgressFiling> filed = DemoAlliance.filingsOf(member, companyId, calendar, clock);
            filed.forEach(filings::add);
            if (registry.ofCompany(companyId).isEmpty()) {
                DemoAlliance.registryOf(member.order(), companyId, filed, calendar, now).forEach(registry::add);
            }
            if (credits.ofCompany(companyId).isEmpty()) {
                DemoAlliance.creditOf(member, companyId, calendar, now).ifPresent(credits::add);
            }
            if (training.ofCompany(companyId).isEmpty()) {
                DemoAlliance.trainingOf(member, companyId, calendar, now).ifPresent(training::add);
            }
            loaded++;
        }
        int count = loaded;
        LOG.info(() -> "Demo data: pledges, filings and records of " + count + " generated founding members");
    }

    /**
     * The demo's dates, relative to the day the demo data is loaded (issue 20, defect 15: with fixed
     * dates, a later start found every member months overdue). Last year's cycle is open and due in
     * the future: on 30 June (the default due day, DueDates) while that is at least
     * {@link #NOTICE} away, else at the end of the month {@link #LATE_START_MONTHS} months on, as a
     * secretariat starting late would set it. The year before is closed; the demo filings run up to
     * it, and the pledges were approved in its March.
     */
    record DemoCalendar(Year openYear, LocalDate openDue, LocalDate today) {

        /** Time members get to file before the open cycle's due date. */
        static final Period NOTICE = Period.ofMonths(2);
        static final int LATE_START_MONTHS = 4;

        static DemoCalendar of(LocalDate today) {
            Year openYear = Year.from(today).minusYears(1);
            LocalDate usualDue = DueDates.defaultDueDate(openYear, DueDates.DEFAULT_DUE);
            LocalDate due = today.plus(NOTICE).isAfter(usualDue)
                    ? today.plusMonths(LATE_START_MONTHS).with(TemporalAdjusters.lastDayOfMonth())
                    : usualDue;
            return new DemoCalendar(openYear, due, today);
        }

        Year lastFiledYear() {
            return openYear.minusYears(1);
        }

        LocalDate pledgesApproved() {
            return lastFiledYear().atMonth(3).atDay(15);
        }
    }

    /**
     * Last year's cycle, open and due in the future (so members are not overdue the day the demo
     * starts; the overdue page shows it from 14 days before), and the year before's, closed
     * (tolerance 0: the demo filings' on-track results stay as they were).
     */
    private List<ReportingCycle> demoCycles(DemoCalendar calendar) {
        Year currentYear = Year.from(calendar.today());
        Year closedYear = calendar.lastFiledYear();
        ReportingCycle closed = ReportingCycle.open(closedYear, DueDates.defaultDueDate(closedYear, DueDates.DEFAULT_DUE),
                BigDecimal.ZERO, currentYear, atStartOf(closedYear.plusYears(1).atMonth(1).atDay(6)),
                DemoAccount.SECRETARIAT_ADMIN.email);
        closed.close();
        ReportingCycle open = ReportingCycle.open(calendar.openYear(), calendar.openDue(), new BigDecimal("2"),
                currentYear, atStartOf(currentYear.atMonth(1).atDay(5)), DemoAccount.SECRETARIAT_ADMIN.email);
        return List.of(closed, open);
    }

    private Instant atStartOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    /**
     * Approved pledges of a few demo companies, so that pages show pathways. The numbers are
     * fictional but of the size of Kaohsiung's heavy industry.
     */
    enum DemoPledge {
        HARBOR_CREST_STEEL("13579113", true, 2021, "3200000", "900000", "780000", "650000", 2032, "52", 2045, "92", 2050),
        LINYUAN_AROMATICS("25099303", true, 2019, "1850000", "420000", "400000", "1900000", 2030, "38", null, null, 2050),
        SOUTHERN_FORGE("15673692", false, 2022, "410000", "260000", "210000", "120000", 2033, "30", null, null, null);

        final String ubn;
        /** Whether scope 2 is verified too (scope 1 always is), so the dashboard's coverage shows both kinds. */
        final boolean scope2Verified;
        final PledgeDraft content;

        DemoPledge(String ubn, boolean scope2Verified, int baseYear, String scope1, String scope2Location,
                   String scope2Market, String scope3, int nearYear, String nearReduction, Integer longYear,
                   String longReduction, Integer netZeroYear) {
            this.ubn = ubn;
            this.scope2Verified = scope2Verified;
            // Fictional, like the rest of the demo: Harbor Crest shows how a recorded SBTi validation appears.
            boolean validated = "13579113".equals(ubn);
            content = new PledgeCommand(baseYear, new BigDecimal(scope1), new BigDecimal(scope2Location),
                    new BigDecimal(scope2Market), Scope2Method.MARKET_BASED, new BigDecimal(scope3),
                    EnumSet.of(Scope3Category.PURCHASED_GOODS_AND_SERVICES,
                            Scope3Category.UPSTREAM_TRANSPORTATION_AND_DISTRIBUTION),
                    new BigDecimal("97"), new BigDecimal("70"), BoundaryApproach.OPERATIONAL_CONTROL, netZeroYear, false,
                    "Electrification, energy efficiency, renewable power purchase agreements.",
                    validated ? LocalDate.of(2024, 3, 14) : null, validated ? TargetClassification.ONE_POINT_FIVE_C : null,
                    validated ? "https://sciencebasedtargets.org/target-dashboard" : null).toDraft(List.of());
            content.replaceTargets(TargetHorizon.NEAR_TERM, TargetDraft.combined(TargetHorizon.NEAR_TERM, content,
                    nearYear, new BigDecimal(nearReduction), TargetKind.ABSOLUTE, null, null));
            content.replaceTargets(TargetHorizon.LONG_TERM, longYear == null ? null : TargetDraft.combined(
                    TargetHorizon.LONG_TERM, content, longYear, new BigDecimal(longReduction), TargetKind.ABSOLUTE,
                    null, null));
        }

        /**
         * Accepted filings from the year after the base year to the last closed cycle's, scattered around the pathway
         * (the factors run a few per cent below and above it), so charts show on- and off-track years.
         */
        List<ProgressFiling> acceptedFilings(long companyId, Pathway pathway, Year lastYear, Clock clock) {
            double[] factors = {0.97, 1.03, 0.99, 1.05, 0.96};
            List<ProgressFiling> filed = new ArrayList<>();
            for (int year = content.getBaseYear() + 1, i = 0; year <= lastYear.getValue(); year++, i++) {
                Emissions allowed = pathway.allowedIn(Year.of(year));
                BigDecimal total = allowed.tonnes().multiply(BigDecimal.valueOf(factors[i % factors.length]));
                ProgressFiling filing = ProgressFiling.start(companyId, Year.of(year));
                filing.revise(filingOf(total, scope2Verified));
                Instant submitted = LocalDate.of(year + 1, 5, 20).atStartOfDay(clock.getZone()).toInstant();
                filing.submit(submitted);
                filing.accept(DemoAccount.REVIEWER.email, "Accepted (demo data).");
                filed.add(filing);
            }
            return filed;
        }

        /** A complete filing whose total (scope 1 + market-based scope 2 + scope 3) is {@code total}. */
        private static FilingDraft filingOf(BigDecimal total, boolean scope2Verified) {
            BigDecimal scope1 = total.multiply(new BigDecimal("0.70")).setScale(3, RoundingMode.HALF_UP);
            BigDecimal scope2 = total.multiply(new BigDecimal("0.16")).setScale(3, RoundingMode.HALF_UP);
            BigDecimal scope3 = total.subtract(scope1).subtract(scope2);
            Map<Scope3Category, FilingDraft.Scope3Figure> categories = new EnumMap<>(Scope3Category.class);
            for (Scope3Category category : Scope3Category.values()) {
                categories.put(category, category == Scope3Category.PURCHASED_GOODS_AND_SERVICES
                        ? new FilingDraft.Scope3Figure(Scope3EntryStatus.REPORTED, scope3, null)
                        : new FilingDraft.Scope3Figure(Scope3EntryStatus.NOT_RELEVANT, null, "Not material (demo data)"));
            }
            return new FilingDraft(scope1, scope2.multiply(new BigDecimal("1.1")).setScale(3, RoundingMode.HALF_UP),
                    scope2, categories, total.multiply(new BigDecimal("1.8")).setScale(3, RoundingMode.HALF_UP),
                    new BigDecimal("8.50"), "Furnace efficiency, solar on roofs (demo data).",
                    verification(scope2Verified));
        }

        private static Map<Scope, FilingDraft.Assurance> verification(boolean scope2Verified) {
            FilingDraft.Assurance verified = new FilingDraft.Assurance(AssuranceLevel.REASONABLE, "Demo Verification Ltd.",
                    "ISO 14064-3");
            return scope2Verified ? Map.of(Scope.SCOPE_1, verified, Scope.SCOPE_2, verified) : Map.of(Scope.SCOPE_1, verified);
        }

        /** Drafted, submitted and approved as it would be through the portal. */
        PledgeVersion approved(long companyId, LocalDate on, Clock clock) {
            Instant submitted = on.atStartOfDay(clock.getZone()).toInstant();
            PledgeVersion version = PledgeVersion.first(companyId, submitted);
            version.edit(content);
            version.submit(submitted, on);
            version.take(DemoAccount.REVIEWER.email);
            version.approve(DemoAccount.REVIEWER.email, "Approved (demo data).", submitted);
            return version;
        }
    }

    /**
     * Demo sign-ins, listed in README.md for the run command. They exist only where
     * {@code portal.demo-data=true}.
     */
    enum DemoAccount {
        SECRETARIAT_ADMIN("admin@netzero-alliance.example", "Lin Mei-hua 林美華", Role.SECRETARIAT_ADMIN, null,
                "Secretariat-Demo-2050", "NETZEROALLIANCEDEMOADMINSECRET22", "ADMN"),
        REVIEWER("reviewer@netzero-alliance.example", "Chen Wei-ting 陳薇婷", Role.REVIEWER, null,
                "Reviewer-Demo-2050", "NETZEROALLIANCEDEMOREVIEWERKEY22", "REVW"),
        STEEL_ADMIN("admin@harbor-crest-steel.example", "Wang Chih-ming 王志明", Role.MEMBER_ADMIN, "13579113",
                "Member-Demo-2050"),
        STEEL_MEMBER("member@harbor-crest-steel.example", "Huang Ya-ting 黃雅婷", Role.MEMBER, "13579113",
                "Member-Demo-2050"),
        PETROCHEMICAL_ADMIN("admin@linyuan-aromatics-chemical.example", "Tsai Chia-hao 蔡家豪", Role.MEMBER_ADMIN,
                "25099303", "Member-Demo-2050"),
        ELECTRONICS_ADMIN("admin@nanzi-semiconductor-packaging.example", "Hsu Pei-shan 許佩珊", Role.MEMBER_ADMIN,
                "35572200", "Member-Demo-2050");

        final String email;
        final String name;
        final Role role;
        final String companyUbn;
        final String password;
        /** The published TOTP secret of a demo reviewer or administrator (README.md), so a newcomer can sign in. */
        final String totpSecret;
        /** Tells the demo account's published recovery codes apart: DEMO-tag-RCVY-CODE-LIST-AAAA to -AAAJ. */
        final String recoveryTag;

        DemoAccount(String email, String name, Role role, String companyUbn, String password) {
            this(email, name, role, companyUbn, password, null, null);
        }

        DemoAccount(String email, String name, Role role, String companyUbn, String password,
                    String totpSecret, String recoveryTag) {
            this.email = email;
            this.name = name;
            this.role = role;
            this.companyUbn = companyUbn;
            this.password = password;
            this.totpSecret = totpSecret;
            this.recoveryTag = recoveryTag;
        }

        List<String> recoveryCodes() {
            List<String> codes = new ArrayList<>();
            for (char last = 'A'; last < 'A' + RecoveryCodes.COUNT; last++) {
                codes.add("DEMO-" + recoveryTag + "-RCVY-CODE-LIST-AAA" + last);
            }
            return codes;
        }

        UserAccount create(CompanyRepository companies, PasswordHashing hashing, Instant now) {
            UserAccount account = companyUbn == null
                    ? UserAccount.secretariat(email, name, role, now)
                    : UserAccount.ofCompany(companies.findByUbn(Ubn.of(companyUbn)).orElseThrow().id(),
                            email, name, role, now);
            account.changePassword(hashing.hash(password.toCharArray()), now);
            return account;
        }
    }

    record FoundingMember(CompanyProfile profile, LocalDate joinedOn) {
    }

    static List<FoundingMember> readFoundingMembers() {
        try (InputStream in = DemoData.class.getResourceAsStream(FOUNDING_MEMBERS);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<FoundingMember> founders = new ArrayList<>();
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                CompanyProfile profile = new CompanyProfile(f[0], f[2], f[3],
                        IndustryGroup.valueOf(f[1]), District.valueOf(f[4]), f[5]);
                founders.add(new FoundingMember(profile, LocalDate.parse(f[6])));
            }
            return founders;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
