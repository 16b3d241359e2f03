package tw.netzero.portal.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import tw.netzero.portal.application.filing.EvidenceStorage;
import tw.netzero.portal.domain.model.account.AccountRepository;
import tw.netzero.portal.domain.model.account.PasswordHashing;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.company.CompanyRepository;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.evidence.EvidenceType;
import tw.netzero.portal.domain.model.evidence.StoredFile;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.domain.model.solutions.CallForSolutions;
import tw.netzero.portal.domain.model.solutions.CallTerms;
import tw.netzero.portal.domain.model.solutions.Challenge;
import tw.netzero.portal.domain.model.solutions.ChallengeContent;
import tw.netzero.portal.domain.model.solutions.Criterion;
import tw.netzero.portal.domain.model.solutions.JurorSeat;
import tw.netzero.portal.domain.model.solutions.Pilot;
import tw.netzero.portal.domain.model.solutions.PilotReport;
import tw.netzero.portal.domain.model.solutions.PilotStatus;
import tw.netzero.portal.domain.model.solutions.Proposal;
import tw.netzero.portal.domain.model.solutions.ProposalAttachment;
import tw.netzero.portal.domain.model.solutions.ProposalContent;
import tw.netzero.portal.domain.model.solutions.Scorecard;
import tw.netzero.portal.domain.model.solutions.SolutionProvider;
import tw.netzero.portal.domain.model.solutions.SolutionsRepository;
import tw.netzero.portal.domain.model.solutions.Theme;

/**
 * The demo's calls for solutions (issue 16, item 7), added to the demo data and nothing else: a
 * call that closed months ago with two members' challenges, proposals, the jury's scores, a published
 * shortlist and its winners' pilots (one running, one completed with its measured reduction), and a call open now with one approved and one pending challenge, so a newcomer sees the
 * whole cycle. Dates are reckoned from today, like the rest of
 * the demo (decision 0030); the records go through the domain's own rules at the moments they would
 * have happened.
 */
@ApplicationScoped
public class DemoCallsForSolutions {

    static final String PROVIDER_EMAIL = "provider@kaohsiung-solar-works.example";
    static final String PROVIDER_PASSWORD = "Provider-Demo-2050";
    static final String JUROR_EMAIL = "juror@netzero-alliance.example";
    static final String JUROR_PASSWORD = "Juror-Demo-2050";
    static final String ORC_DATA_SHEET = "/demo/orc-reference-plant.pdf";

    private static final Logger LOG = Logger.getLogger(DemoCallsForSolutions.class.getName());
    private static final String SECRETARIAT = "admin@netzero-alliance.example";

    /** Kaohsiung 2023's themes and criteria (issue 16); the weights are the demo's own. */
    private static final List<Theme> THEMES = List.of(new Theme("Sustainable energy", "永續能源"),
            new Theme("Green living", "綠色生活"), new Theme("Urban resilience", "城市韌性"));
    private static final List<Criterion> CRITERIA = List.of(
            new Criterion("Impact", "影響力", 30), new Criterion("Linkability", "連結性", 10),
            new Criterion("Innovativeness", "創新性", 20), new Criterion("Replicability", "可複製性", 20),
            new Criterion("People-centricity", "以人為本", 10), new Criterion("Ecological responsibility", "生態責任", 10));

    @Inject
    private SolutionsRepository solutions;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private CompanyRepository companies;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private EvidenceStorage storage;

    /** Loads the two calls into a database that has none (a database that has calls is left as it is). */
    void load(Instant now) {
        if (!solutions.allCalls().isEmpty()) {
            return;
        }
        long solar = provider(PROVIDER_EMAIL, "Lin Mei-ling 林美玲", "Kaohsiung Solar Works", "TW", PROVIDER_PASSWORD, now);
        long heat = provider("contact@heat-recovery.example", "Anna Becker", "Heat Recovery Systems GmbH", "DE", null, now);
        long port = provider("hello@port-electric.example", "Jan de Vries", "Port Electric BV", "NL", null, now);
        long juror = juror(JUROR_EMAIL, "Prof. Chang Kuo-hua 張國華", JUROR_PASSWORD, now);
        long secondJuror = juror("second-juror@netzero-alliance.example", "Dr. Emma Wright", null, now);

        // Closed: opened about eight months ago, closed five months ago, results out four months ago.
        Instant drafted = now.minus(Duration.ofDays(250));
        LocalDateTime opens = LocalDateTime.ofInstant(drafted.plus(Duration.ofDays(10)), CallForSolutions.ZONE)
                .truncatedTo(ChronoUnit.HOURS);
        CallForSolutions closed = CallForSolutions.draft(new CallTerms("Call for Solutions: port and industry",
                "淨零解方徵件：港口與產業", "Solutions that cut the emissions of Kaohsiung's port and heavy industry.",
                "協助高雄港區與重工業減少排放的解方。", THEMES, CRITERIA, opens, opens.plusDays(90), 2), SECRETARIAT, drafted);
        solutions.add(closed);
        entityManager.flush();
        // Harbor Crest Steel's challenge, approved in the call's first week (decision 0044): the ORC proposal
        // addresses it, so the steel member reads that proposal on its challenges page now the call is closed.
        Challenge sinter = challenge(closed, DemoData.DemoAccount.STEEL_MEMBER, new ChallengeContent(
                "Waste heat of the sinter cooler", "Sinter cooler exhaust air, 250–400 °C", "Harbor Crest Steel, Xiaogang works",
                Scope.SCOPE_1, new BigDecimal("60000"),
                "Recover at least a quarter of the cooler's waste heat as electricity or steam used on site, without stopping the sinter line",
                "Hourly exhaust temperature and flow of 2024; the sinter line's maintenance windows"),
                closed.opensAt().plus(Duration.ofDays(2)), true);
        // Linyuan Aromatics' challenge, addressed by the rooftop solar proposal (both winners have pilots, decision 0047).
        Challenge warehouses = challenge(closed, DemoData.DemoAccount.PETROCHEMICAL_ADMIN, new ChallengeContent(
                "Grid electricity of the warehouses and tank farm", "Purchased electricity for warehouses, pumps and lighting",
                "Linyuan Aromatics Chemical, Linyuan plant and its port warehouses", Scope.SCOPE_2, new BigDecimal("38000"),
                "Cover at least half of the warehouses' and tank farm's electricity with renewable power generated on site",
                "Metered electricity use of 2024 by the quarter hour; roof plans and load ratings of the warehouses"),
                closed.opensAt().plus(Duration.ofDays(3)), true);
        Instant submitted = closed.opensAt().plus(Duration.ofDays(30));
        Proposal rooftop = proposal(closed, warehouses, solar, "Rooftop solar on port warehouses",
                "32 MW of rooftop photovoltaics on the port's warehouses, sold to the terminals and the plant under a PPA.", "21000",
                "Expected yield 1,250 kWh/kWp × 32 MW × grid factor 0.494 kg CO2e/kWh (MOEA 2023)", 7, submitted);
        Proposal orc = proposal(closed, sinter, heat, "Waste heat to power at the sinter plant",
                "An organic Rankine cycle turning the sinter cooler's waste heat into electricity.", "48000",
                "Metered heat flow 2024 × ORC efficiency 12 % × grid factor", 8, submitted);
        // The ORC proposal's reference plant data sheet (decision 0055): the jurors and Harbor Crest Steel download it.
        attach(closed, orc, ORC_DATA_SHEET, "contact@heat-recovery.example", submitted.plus(Duration.ofHours(2)));
        Proposal shore = proposal(closed, port, "Shore power for container vessels",
                "High-voltage shore connections at two container berths.", "15500",
                "Vessel calls 2024 × hours at berth × auxiliary engine emission factors (IMO 4th GHG study)", 9, submitted);
        Proposal kite = proposal(closed, port, "Kite propulsion for feeder vessels",
                "Towing kites on feeder vessels between Kaohsiung and the outlying islands.", "1200",
                "Fuel saving of 10 % reported by the supplier on comparable routes", 5, submitted);
        Instant judged = closed.closesAt().plus(Duration.ofDays(10));
        solutions.add(new JurorSeat(closed.id(), juror, SECRETARIAT, closed.opensAt()));
        solutions.add(new JurorSeat(closed.id(), secondJuror, SECRETARIAT, closed.opensAt()));
        score(closed, rooftop, juror, List.of(4, 5, 3, 5, 4, 4), judged);
        score(closed, rooftop, secondJuror, List.of(4, 4, 3, 4, 5, 4), judged);
        score(closed, orc, juror, List.of(5, 4, 4, 4, 3, 4), judged);
        score(closed, orc, secondJuror, List.of(5, 3, 4, 3, 3, 3), judged);
        score(closed, shore, juror, List.of(4, 4, 2, 5, 3, 5), judged);
        score(closed, shore, secondJuror, List.of(3, 4, 2, 4, 3, 4), judged);
        score(closed, kite, juror, List.of(2, 2, 5, 2, 3, 4), judged);
        score(closed, kite, secondJuror, List.of(1, 2, 4, 2, 2, 3), judged);
        Instant published = judged.plus(Duration.ofDays(20));
        closed.publishResults(List.of(rooftop, orc, shore, kite), Set.of(rooftop.id(), orc.id(), shore.id()),
                Set.of(rooftop.id(), orc.id()), published);
        // Both winners matched a week later as pilots (decision 0047): the ORC unit runs at the sinter plant; the
        // rooftop solar pilot ran and is completed, its measured reduction below the expected one.
        Pilot orcPilot = pilot(closed, orc, sinter, published.plus(Duration.ofDays(7)));
        orcPilot.report(PilotReport.to(PilotStatus.RUNNING), today(now), DemoData.DemoAccount.STEEL_MEMBER.email,
                published.plus(Duration.ofDays(45)));
        Pilot rooftopPilot = pilot(closed, rooftop, warehouses, published.plus(Duration.ofDays(7)));
        rooftopPilot.report(PilotReport.to(PilotStatus.RUNNING), today(now), DemoData.DemoAccount.PETROCHEMICAL_ADMIN.email,
                published.plus(Duration.ofDays(20)));
        rooftopPilot.report(PilotReport.completed(new BigDecimal("18650"), "Metered output of the first 12 MW over"
                + " 60 days, scaled to 32 MW and a year (1,120 kWh/kWp) × grid factor 0.494 kg CO2e/kWh (MOEA 2023)",
                today(now.minus(Duration.ofDays(10)))), today(now), DemoData.DemoAccount.PETROCHEMICAL_ADMIN.email,
                now.minus(Duration.ofDays(5)));

        // Open: opened ten days ago, closes in two months.
        Instant draftedOpen = now.minus(Duration.ofDays(20));
        LocalDateTime opensNow = LocalDateTime.ofInstant(now.minus(Duration.ofDays(10)), CallForSolutions.ZONE)
                .truncatedTo(ChronoUnit.HOURS);
        CallForSolutions open = CallForSolutions.draft(new CallTerms("Call for Solutions: green living",
                "淨零解方徵件：綠色生活", "Solutions for low-carbon living in Kaohsiung's neighbourhoods.",
                "高雄社區低碳生活的解方。", THEMES, CRITERIA, opensNow, opensNow.plusDays(70), 3), SECRETARIAT, draftedOpen);
        solutions.add(open);
        entityManager.flush();
        solutions.add(new JurorSeat(open.id(), juror, SECRETARIAT, draftedOpen));
        // One approved challenge, public on the call's page, and one waiting for the secretariat.
        challenge(open, DemoData.DemoAccount.PETROCHEMICAL_ADMIN, new ChallengeContent(
                "Steam for the aromatics plant without gas boilers", "Natural-gas boilers raising process steam",
                "Linyuan Aromatics Chemical, Linyuan plant", Scope.SCOPE_1, new BigDecimal("95000"),
                "Supply 40 t/h of steam at 16 bar with at least half the boilers' emissions per tonne of steam",
                "Steam demand by the hour for 2025; boiler fuel meters; the site's electricity contract"),
                now.minus(Duration.ofDays(8)), true);
        challenge(open, DemoData.DemoAccount.STEEL_MEMBER, new ChallengeContent(
                "Diesel forklifts in the coil yard", "42 diesel forklifts moving steel coils", "Harbor Crest Steel, coil yard",
                Scope.SCOPE_1, new BigDecimal("3200"), "Electric or hydrogen handling of 25 t coils around the clock",
                "Fuel records per forklift for 2025; shift patterns"), now.minus(Duration.ofDays(1)), false);
        proposal(open, solar, "Community solar for public housing",
                "Shared rooftop solar on public housing, with the savings passed to tenants.", "3400",
                "12 MW × 1,250 kWh/kWp × grid factor 0.494 kg CO2e/kWh", 6, now.minus(Duration.ofDays(2)));
        LOG.info("Demo data: a closed call for solutions with its published shortlist and pilots and an open call,"
                + " with challenges");
    }

    private long provider(String email, String name, String organisation, String country, String password, Instant now) {
        UserAccount account = account(email, name, Role.PROVIDER, password, now);
        solutions.add(new SolutionProvider(account.id(), organisation, country, now));
        return account.id();
    }

    private long juror(String email, String name, String password, Instant now) {
        return account(email, name, Role.JUROR, password, now).id();
    }

    /** An account; one without a published password cannot sign in (it stands for someone outside the demo). */
    private UserAccount account(String email, String name, Role role, String password, Instant now) {
        UserAccount account = UserAccount.callParticipant(email, name, role, now);
        if (password != null) {
            account.changePassword(hashing.hash(password.toCharArray()), now);
        }
        accounts.add(account);
        // Records refer to each other by id, not by JPA relationships: each is written before the next refers to it.
        entityManager.flush();
        return account;
    }

    /** A member's challenge posted at {@code at} by the demo account, approved by the reviewer an hour later or pending. */
    private Challenge challenge(CallForSolutions call, DemoData.DemoAccount postedBy, ChallengeContent content, Instant at,
                                boolean approved) {
        long companyId = companies.findByUbn(Ubn.of(postedBy.companyUbn)).orElseThrow().id();
        Challenge challenge = Challenge.post(call, companyId, content, postedBy.email, at);
        if (approved) {
            challenge.approve(call, DemoData.DemoAccount.REVIEWER.email, at.plus(Duration.ofHours(1)));
        }
        solutions.add(challenge);
        entityManager.flush();
        return challenge;
    }

    private Proposal proposal(CallForSolutions call, long provider, String title, String summary, String tonnes,
                              String basis, int readiness, Instant at) {
        return proposal(call, null, provider, title, summary, tonnes, basis, readiness, at);
    }

    private Proposal proposal(CallForSolutions call, Challenge challenge, long provider, String title, String summary,
                              String tonnes, String basis, int readiness, Instant at) {
        Proposal proposal = Proposal.submit(call, challenge, provider, new ProposalContent(title, summary, new BigDecimal(tonnes),
                basis, new BigDecimal("30000000"), new BigDecimal("120000000"), readiness, null), at);
        solutions.add(proposal);
        entityManager.flush();
        return proposal;
    }

    /** A file of the demo's resources attached to the proposal by its provider at {@code at}. */
    private void attach(CallForSolutions call, Proposal proposal, String resource, String provider, Instant at) {
        byte[] content;
        try (InputStream in = DemoCallsForSolutions.class.getResourceAsStream(resource)) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Demo file " + resource + " is missing", e);
        }
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        StoredFile file = new StoredFile(name, EvidenceType.PDF, content, storage.store(content), at);
        solutions.add(ProposalAttachment.attach(call, proposal, 0, file, provider, at));
    }

    /** A winner matched as a pilot by the reviewer at {@code at}. */
    private Pilot pilot(CallForSolutions call, Proposal winner, Challenge challenge, Instant at) {
        Pilot pilot = Pilot.match(call, winner, challenge, DemoData.DemoAccount.REVIEWER.email, at);
        solutions.add(pilot);
        return pilot;
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, CallForSolutions.ZONE);
    }

    private void score(CallForSolutions call, Proposal proposal, long juror, List<Integer> scores, Instant at) {
        solutions.add(Scorecard.score(call, proposal.id(), juror, scores, null, at));
    }
}
