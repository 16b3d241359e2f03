package tw.netzero.portal.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.application.budget.CityBudgetService;
import tw.netzero.portal.application.company.CompanyAdministration;
import tw.netzero.portal.application.company.CompanyDetails;
import tw.netzero.portal.application.credit.CreditService;
import tw.netzero.portal.application.registry.RegistryReminders;
import tw.netzero.portal.application.registry.RegistryService;
import tw.netzero.portal.application.company.MembershipService;
import tw.netzero.portal.application.history.HistoryImportService;
import tw.netzero.portal.application.publicdata.AllianceDashboard;
import tw.netzero.portal.application.publicdata.AllianceIntensityService;
import tw.netzero.portal.application.publicdata.MemberDirectory;
import tw.netzero.portal.application.publicdata.PublicProfiles;
import tw.netzero.portal.application.review.ReviewQueues;
import tw.netzero.portal.application.solutions.CallService;
import tw.netzero.portal.application.solutions.ChallengeService;
import tw.netzero.portal.application.solutions.JuryService;
import tw.netzero.portal.application.solutions.PilotService;
import tw.netzero.portal.application.solutions.ProposalAttachmentService;
import tw.netzero.portal.application.solutions.ProposalService;
import tw.netzero.portal.application.solutions.ProviderRegistration;
import tw.netzero.portal.application.training.TrainingService;
import tw.netzero.portal.domain.model.review.ReviewKind;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.audit.AuditQuery;
import tw.netzero.portal.domain.model.company.ApplicationContact;
import tw.netzero.portal.domain.model.company.CompanyProfile;
import tw.netzero.portal.domain.model.company.District;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.company.MembershipApplication;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.credit.CreditCommand;
import tw.netzero.portal.domain.model.credit.CreditProjectType;
import tw.netzero.portal.domain.model.credit.CreditRegistry;
import tw.netzero.portal.domain.model.credit.CreditRetirement;
import tw.netzero.portal.domain.model.registry.RegistryCommand;
import tw.netzero.portal.domain.model.registry.RegistryRecord;
import tw.netzero.portal.domain.model.directory.DirectoryRequest;
import tw.netzero.portal.domain.model.training.TrainingCommand;
import tw.netzero.portal.domain.model.training.TrainingRecord;
import tw.netzero.portal.domain.model.shared.AccessDenied;
import tw.netzero.portal.domain.model.solutions.CallForSolutions;
import tw.netzero.portal.domain.model.solutions.CallTerms;
import tw.netzero.portal.domain.model.solutions.Criterion;
import tw.netzero.portal.domain.model.solutions.Pilot;
import tw.netzero.portal.domain.model.solutions.PilotReport;
import tw.netzero.portal.domain.model.solutions.PilotStatus;
import tw.netzero.portal.domain.model.solutions.ProposalContent;
import tw.netzero.portal.domain.model.solutions.Theme;
import tw.netzero.portal.testing.CallParticipants;
import tw.netzero.portal.testing.CapturedMail;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.TwoCompaniesTest;
import tw.netzero.portal.testing.TwoCompanies;

/**
 * Every service method of the company and account families × every kind of caller, inside
 * Payara on MariaDB, signed in through the real identity store. Member A reaches for
 * company B's ids. Every forbidden cell must be refused and leave the database unchanged;
 * every allowed cell must work.
 */
class AccessMatrixIT extends TwoCompaniesTest {

    /** The callers of the matrix. */
    enum Who { ANONYMOUS, MEMBER_A, ADMIN_A, ADMIN_B, REVIEWER, SECRETARIAT_ADMIN, PROVIDER_A, PROVIDER_B, JUROR,
        CONFLICTED_JUROR }

    /** The call for solutions' criteria in the matrix: impact 60 %, cost 40 %. */
    private static final List<Criterion> CRITERIA = List.of(new Criterion("Impact", "影響力", 60),
            new Criterion("Cost", "成本", 40));

    @Deployment
    static WebArchive deployment() {
        return Deployments.withCapturedMail(Deployments.twoCompanies("access-matrix-it"))
                .addClasses(CallParticipants.class, CallParticipants.Matrix.class);
    }

    @Inject
    private CompanyAdministration administration;

    @Inject
    private AccountService accounts;

    @Inject
    private MembershipService membership;

    @Inject
    private ReviewQueues queues;

    @Inject
    private AuditLog auditLog;

    @Inject
    private MemberDirectory directory;

    @Inject
    private AllianceDashboard dashboard;

    @Inject
    private PublicProfiles publicProfiles;

    @Inject
    private HistoryImportService historyImport;

    @Inject
    private CallService calls;

    @Inject
    private ProposalService proposals;

    @Inject
    private JuryService jury;

    @Inject
    private CallParticipants callParticipants;

    @Inject
    private ChallengeService challenges;

    @Inject
    private ProposalAttachmentService attachments;

    @Inject
    private CreditService credits;

    @Inject
    private CityBudgetService cityBudget;

    @Inject
    private TrainingService training;

    @Inject
    private RegistryService registry;

    @Inject
    private RegistryReminders registryReminders;

    private CapturedMail mail;

    private long companyA;
    private long companyB;
    private long applicantC;
    private long memberAccountA;
    private long creditOfA;
    private long creditOfAVersion;
    private long trainingOfA;
    private long trainingOfAVersion;
    private long registryOfA;
    private long registryOfAVersion;
    private CallParticipants.Matrix solutions;

    @Test
    void readingOwnCompany() throws Exception {
        check("myCompany", EnumSet.of(Who.MEMBER_A, Who.ADMIN_A, Who.ADMIN_B), who -> administration.myCompany());
    }

    @Test
    void readingCompanyA() throws Exception {
        check("company(A)", EnumSet.of(Who.MEMBER_A, Who.ADMIN_A, Who.REVIEWER, Who.SECRETARIAT_ADMIN),
                who -> administration.company(companyA));
    }

    @Test
    void changingCompanyAsProfile() throws Exception {
        check("updateProfile(A)", EnumSet.of(Who.ADMIN_A, Who.SECRETARIAT_ADMIN), who -> {
            CompanyDetails a = administration.company(companyA);
            CompanyProfile changed = new CompanyProfile(a.ubn(), "Renamed by " + who, a.nameZh(),
                    a.industryGroup(), a.district(), a.website());
            administration.updateProfile(companyA, changed, a.version());
        });
        // Reading first is allowed to more callers; the write itself is what is checked for the rest.
        check("updateProfile(A) without reading", EnumSet.of(Who.ADMIN_A, Who.SECRETARIAT_ADMIN), who ->
                administration.updateProfile(companyA, new CompanyProfile("04595257", "Blind write", "盲寫",
                        IndustryGroup.STEEL, District.XIAOGANG, null), currentVersion(companyA)));
    }

    @Test
    void listingAndAdmittingCompanies() throws Exception {
        check("allCompanies", EnumSet.of(Who.REVIEWER, Who.SECRETARIAT_ADMIN), who -> administration.allCompanies());
        check("activate(C)", EnumSet.of(Who.REVIEWER, Who.SECRETARIAT_ADMIN),
                who -> administration.activate(applicantC, "first-admin@c.example", "First Admin"));
    }

    @Test
    void applyingAndDecidingOnApplications() throws Exception {
        check("apply", EnumSet.allOf(Who.class), who -> membership.apply(new MembershipApplication(
                new CompanyProfile("10458575", "Applicant of " + who, "申請者", IndustryGroup.STEEL, District.XIAOGANG, null),
                new ApplicationContact("Applicant", "applicant@d.example", null), null)));
        check("application(C)", EnumSet.of(Who.REVIEWER, Who.SECRETARIAT_ADMIN), who -> membership.application(applicantC));
        check("approve(C)", EnumSet.of(Who.REVIEWER, Who.SECRETARIAT_ADMIN), who -> membership.approve(applicantC));
        check("reject(C)", EnumSet.of(Who.REVIEWER, Who.SECRETARIAT_ADMIN),
                who -> membership.reject(applicantC, "Not an industrial company"));
        check("review queues", EnumSet.of(Who.REVIEWER, Who.SECRETARIAT_ADMIN), who -> queues.summaries());
        check("claim(C)", EnumSet.of(Who.REVIEWER, Who.SECRETARIAT_ADMIN),
                who -> queues.claim(ReviewKind.APPLICATION, applicantC));
        check("release(C)", EnumSet.of(Who.REVIEWER, Who.SECRETARIAT_ADMIN),
                who -> queues.release(ReviewKind.APPLICATION, applicantC));
        check("companies found by UBN", EnumSet.of(Who.REVIEWER, Who.SECRETARIAT_ADMIN),
                who -> administration.companies("00651474"));
    }

    @Test
    void managingCompanyAsUsers() throws Exception {
        check("companyUsers(A)", EnumSet.of(Who.ADMIN_A, Who.SECRETARIAT_ADMIN), who -> accounts.companyUsers(companyA));
        check("inviteCompanyUser(A)", EnumSet.of(Who.ADMIN_A, Who.SECRETARIAT_ADMIN),
                who -> accounts.inviteCompanyUser(companyA, "new-user@a.example", "New User", Role.MEMBER));
        check("setEnabled(member of A)", EnumSet.of(Who.ADMIN_A, Who.SECRETARIAT_ADMIN),
                who -> accounts.setEnabled(memberAccountA, false));
    }

    @Test
    void managingSecretariatAccountsAndReadingTheAuditTrail() throws Exception {
        check("secretariatAccounts", EnumSet.of(Who.SECRETARIAT_ADMIN), who -> accounts.secretariatAccounts());
        check("inviteSecretariat", EnumSet.of(Who.SECRETARIAT_ADMIN),
                who -> accounts.inviteSecretariat("new-reviewer@secretariat.example", "New Reviewer", Role.REVIEWER));
        check("audit search", EnumSet.of(Who.REVIEWER, Who.SECRETARIAT_ADMIN),
                who -> auditLog.search(new AuditQuery(null, null, null, null, null, 0, 10)));
    }

    @Test
    void readingTheAllianceDashboard() throws Exception {
        check("alliance dashboard", EnumSet.of(Who.REVIEWER, Who.SECRETARIAT_ADMIN),
                who -> dashboard.figures(Year.of(2023)));
    }

    @Test
    void theDirectoryIsOpenToEveryone() throws Exception {
        check("directory", EnumSet.allOf(Who.class), who -> directory.page(DirectoryRequest.DEFAULT));
    }

    @Test
    void publicProfilesAndAllianceTotalsAreOpenToEveryone() throws Exception {
        check("public profile", EnumSet.allOf(Who.class), who -> publicProfiles.of(Ubn.of("04702088")));
        check("public alliance totals", EnumSet.allOf(Who.class), who -> dashboard.publicTotalsByYear());
    }

    @Test
    void runningACallForSolutionsIsTheSecretariatsWork() throws Exception {
        check("draft call", EnumSet.of(Who.SECRETARIAT_ADMIN), who -> calls.draft(new CallTerms("Call", "徵件", "D", "說明",
                List.of(new Theme("Energy", "能源")), CRITERIA, LocalDateTime.now(CallForSolutions.ZONE).plusDays(1),
                LocalDateTime.now(CallForSolutions.ZONE).plusDays(9), 1)));
        check("seat juror", EnumSet.of(Who.SECRETARIAT_ADMIN),
                who -> jury.seat(solutions.closedCall(), "new-juror@jury.example", "New Juror"));
        check("jury overview (ranking, spread, progress)", EnumSet.of(Who.REVIEWER, Who.SECRETARIAT_ADMIN),
                who -> calls.jury(solutions.closedCall()));
        check("publish results", EnumSet.of(Who.SECRETARIAT_ADMIN), who -> calls.publishResults(solutions.closedCall(),
                Set.of(solutions.closedProposalOfA()), Set.of()));
    }

    @Test
    void thePublicSeesPublishedResultsOnly() throws Exception {
        check("published results", EnumSet.allOf(Who.class), who -> calls.publishedProposals());
        check("opened calls", EnumSet.allOf(Who.class), who -> calls.openedCalls());
        check("register as provider", EnumSet.allOf(Who.class), who -> proposals.register(
                new ProviderRegistration("New Provider", "NL", "Contact", "new-provider@solutions.example")));
    }

    @Test
    void aProviderReachesOwnProposalsOnly() throws Exception {
        check("submit proposal", EnumSet.of(Who.PROVIDER_A, Who.PROVIDER_B), who -> proposals.submit(solutions.openCall(),
                new ProposalContent("P", "S", BigDecimal.ONE, "B", BigDecimal.ONE, BigDecimal.ONE, 3, null)));
        check("my proposals", EnumSet.of(Who.PROVIDER_A, Who.PROVIDER_B), who -> proposals.myProposals());
        check("proposal of A", EnumSet.of(Who.PROVIDER_A), who -> proposals.myProposal(solutions.openProposalOfA()));
        check("withdraw proposal of A", EnumSet.of(Who.PROVIDER_A),
                who -> proposals.withdraw(solutions.openProposalOfA()));
    }

    @Test
    void aJurorSeesAndScoresAssignedUnconflictedProposalsOnly() throws Exception {
        check("assigned proposals", EnumSet.of(Who.JUROR, Who.CONFLICTED_JUROR),
                who -> jury.assignedProposals(solutions.closedCall()));
        check("proposal of A", EnumSet.of(Who.JUROR), who -> jury.proposal(solutions.closedProposalOfA()));
        check("score proposal of A", EnumSet.of(Who.JUROR),
                who -> jury.score(solutions.closedProposalOfA(), List.of(4, 3), "Good"));
        check("declare conflict on A", EnumSet.of(Who.JUROR),
                who -> jury.declareConflict(solutions.closedProposalOfA(), "Former colleague"));
    }

    @Test
    void importingFilingHistory() throws Exception {
        byte[] file = ("UBN,Year,Scope 1,Scope 2 location-based,Scope 2 market-based,Scope 3,Verified\n"
                + "04595257,2021,1,2,3,4,no\n").getBytes(StandardCharsets.UTF_8);
        check("history preview", EnumSet.of(Who.SECRETARIAT_ADMIN), who -> historyImport.preview("history.csv", file));
        check("history import", EnumSet.of(Who.SECRETARIAT_ADMIN),
                who -> historyImport.importGoodRows("history.csv", file));
    }

    @Test
    void retiredCreditsAreTheMembersOwn() throws Exception {
        Set<Who> ownCompany = EnumSet.of(Who.MEMBER_A, Who.ADMIN_A, Who.ADMIN_B);
        check("ownCredits", ownCompany, who -> credits.ownCredits());
        check("record credits", ownCompany, who -> credits.record(creditCommand(5_001 + who.ordinal() * 100L)));
        Set<Who> companyA = EnumSet.of(Who.MEMBER_A, Who.ADMIN_A);
        check("publish(credit of A)", companyA, this::writeCreditOfA,
                who -> credits.publish(creditOfA, creditOfAVersion));
        check("revise(credit of A)", companyA, this::writeCreditOfA,
                who -> credits.revise(creditOfA, creditCommand(9_001), creditOfAVersion));
        check("remove(credit of A)", companyA, this::writeCreditOfA,
                who -> credits.remove(creditOfA, creditOfAVersion));
    }

    @Test
    void theCityBudgetIsEnteredByTheSecretariatAdminAndReadByEveryone() throws Exception {
        check("enter city budget", EnumSet.of(Who.SECRETARIAT_ADMIN),
                who -> cityBudget.enter(2025, 2026, new BigDecimal("50940000"), "Kaohsiung ordinance"));
        check("city budget uses", EnumSet.allOf(Who.class), who -> cityBudget.uses());
    }

    @Test
    void trainingRecordsAreTheMembersOwnAndTheirTotalsTheSecretariats() throws Exception {
        Set<Who> ownCompany = EnumSet.of(Who.MEMBER_A, Who.ADMIN_A, Who.ADMIN_B);
        check("ownTraining", ownCompany, who -> training.ownRecords());
        check("record training", ownCompany, who -> training.record(new TrainingCommand("Inventory", "Net Zero Institute",
                BigDecimal.TEN, LocalDate.of(2025, 5, 5), 3)));
        check("remove(training of A)", EnumSet.of(Who.MEMBER_A, Who.ADMIN_A), this::writeTrainingOfA,
                who -> training.remove(trainingOfA, trainingOfAVersion));
        check("training per group", EnumSet.of(Who.REVIEWER, Who.SECRETARIAT_ADMIN), who -> training.totalsByGroup());
    }

    @Test
    void registryYearsAreTheMembersOwnAndReconciledAndPublishedByTheSecretariat() throws Exception {
        Set<Who> ownCompany = EnumSet.of(Who.MEMBER_A, Who.ADMIN_A, Who.ADMIN_B);
        check("ownRegistry", ownCompany, who -> registry.ownRecords());
        check("record registry year", ownCompany, who -> registry.record(registryCommand(2024)));
        check("revise(registry year of A)", EnumSet.of(Who.MEMBER_A, Who.ADMIN_A), this::writeRegistryOfA,
                who -> registry.revise(registryOfA, registryCommand(2023), registryOfAVersion));
        Set<Who> secretariat = EnumSet.of(Who.REVIEWER, Who.SECRETARIAT_ADMIN);
        check("registry reconciliation", secretariat, who -> registry.reconciliation());
        check("publish(registry year of A)", secretariat, this::writeRegistryOfA,
                who -> registry.publish(registryOfA, registryOfAVersion));
        check("MOENV deadlines not met (overdue page)", secretariat, who -> registryReminders.outstanding());
    }

    private static RegistryCommand registryCommand(int year) {
        return new RegistryCommand(year, false, new BigDecimal("30000"), new BigDecimal("5000"), null, null, null,
                false, false, null, null);
    }

    /** A private registry year of company A's, written before the caller signs in. */
    private void writeRegistryOfA() throws Exception {
        transaction.begin();
        RegistryRecord record = RegistryRecord.record(companyA, registryCommand(2023), LocalDate.of(2026, 1, 1),
                Instant.now(), TwoCompanies.MEMBER_A);
        entityManager.persist(record);
        transaction.commit();
        registryOfA = record.id();
        registryOfAVersion = record.version();
    }

    @Test
    void challengesArePostedByMembersDecidedByTheSecretariatAndTheirProposalsReadByTheirOwnCompany() throws Exception {
        Set<Who> ownCompany = EnumSet.of(Who.MEMBER_A, Who.ADMIN_A, Who.ADMIN_B);
        check("own challenges", ownCompany, who -> challenges.ownChallenges());
        check("post challenge", ownCompany, who -> challenges.post(solutions.openCall(), CallParticipants.CHALLENGE));
        check("proposals to A's challenge", EnumSet.of(Who.MEMBER_A, Who.ADMIN_A),
                who -> challenges.proposalsTo(solutions.closedChallengeOfA()));
        Set<Who> secretariat = EnumSet.of(Who.REVIEWER, Who.SECRETARIAT_ADMIN);
        check("challenges of call", secretariat, who -> challenges.challengesOfCall(solutions.openCall()));
        check("approve A's challenge", secretariat, who -> challenges.approve(solutions.pendingChallengeOfA(),
                challengeVersion(solutions.pendingChallengeOfA())));
        check("decline A's challenge", secretariat, who -> challenges.decline(solutions.pendingChallengeOfA(),
                "Not a call topic", challengeVersion(solutions.pendingChallengeOfA())));
        check("open challenges", EnumSet.allOf(Who.class), who -> challenges.openChallenges());
    }

    @Inject
    private PilotService pilots;

    private Pilot pilotOfA;

    /**
     * Pilots (decision 0047): the secretariat matches a published winner; company A's users alone report on
     * A's pilot and list it; each provider lists its own proposals with their pilots; the public reads the
     * pilots with the published results only ({@link #thePublicSeesPublishedResultsOnly}).
     */
    @Test
    void pilotsAreMatchedByTheSecretariatAndReportedByTheirOwnMemberOnly() throws Exception {
        Set<Who> secretariat = EnumSet.of(Who.REVIEWER, Who.SECRETARIAT_ADMIN);
        check("pilot candidates of call", secretariat, () -> callParticipants.publishWithWinner(solutions),
                who -> pilots.candidates(solutions.closedCall()));
        check("match A's winner as a pilot", secretariat, () -> callParticipants.publishWithWinner(solutions),
                who -> pilots.match(solutions.closedProposalOfA()));
        check("own pilots", EnumSet.of(Who.MEMBER_A, Who.ADMIN_A, Who.ADMIN_B), who -> pilots.ownPilots());
        check("report on A's pilot", EnumSet.of(Who.MEMBER_A, Who.ADMIN_A),
                () -> pilotOfA = callParticipants.pilot(solutions),
                who -> pilots.report(pilotOfA.id(), PilotReport.to(PilotStatus.RUNNING), pilotOfA.version()));
        check("provider's proposals with challenges and pilots", EnumSet.of(Who.PROVIDER_A, Who.PROVIDER_B),
                () -> pilotOfA = callParticipants.pilot(solutions), who -> proposals.myProposalListings());
        check("published results with pilots", EnumSet.allOf(Who.class),
                () -> pilotOfA = callParticipants.pilot(solutions), who -> calls.publishedProposals());
    }

    /**
     * A proposal's files (decision 0055): added and removed by its provider; read by its provider, by the call's
     * jurors who may assess it (not the conflicted one) and, the call closed, by the users of the company whose
     * challenge it addresses; by nobody else, the secretariat and the public included.
     */
    @Test
    void aProposalsFilesAreReadByItsProviderItsJurorsAndTheMemberItAddressesAfterTheDeadline() throws Exception {
        check("attach a file to A's open proposal", EnumSet.of(Who.PROVIDER_A),
                who -> attachments.attach(solutions.openProposalOfA(), "reference-plant.pdf", CallParticipants.PDF));
        check("remove the file of A's open proposal", EnumSet.of(Who.PROVIDER_A),
                who -> attachments.remove(solutions.openFileOfA()));
        check("provider's own files", EnumSet.of(Who.PROVIDER_A, Who.PROVIDER_B), who -> attachments.myAttachments());
        Set<Who> readers = EnumSet.of(Who.PROVIDER_A, Who.JUROR, Who.MEMBER_A, Who.ADMIN_A);
        check("files of A's closed proposal", readers, who -> attachments.attachmentsOf(solutions.closedProposalOfA()));
        check("download the file of A's closed proposal", readers,
                who -> attachments.download(solutions.closedFileOfA()));
        check("download the file of A's open proposal", EnumSet.of(Who.PROVIDER_A),
                who -> attachments.download(solutions.openFileOfA()));
        check("download the published winner's file", readers, () -> callParticipants.publishWithWinner(solutions),
                who -> attachments.download(solutions.closedFileOfA()));
    }

    /** A second round on a close call (decision 0055): asked for by a secretariat administrator, seen by the call's jurors. */
    @Test
    void aSecondRoundIsAskedForByTheSecretariatAndSeenByTheCallsJurors() throws Exception {
        check("ask for a second round", EnumSet.of(Who.SECRETARIAT_ADMIN), () -> callParticipants.closeRanking(solutions),
                who -> calls.askSecondRound(solutions.closedCall()));
        check("second round's proposals", EnumSet.of(Who.JUROR, Who.CONFLICTED_JUROR),
                who -> jury.secondRoundProposals(solutions.closedCall()));
    }

    private long challengeVersion(long challengeId) {
        return entityManager.createQuery("SELECT c.version FROM Challenge c WHERE c.id = :id", Long.class)
                .setParameter("id", challengeId).getSingleResult();
    }

    /** A training record of company A's, written before the caller signs in. */
    private void writeTrainingOfA() throws Exception {
        transaction.begin();
        TrainingRecord record = TrainingRecord.record(companyA, new TrainingCommand("Verification", "Net Zero Institute",
                BigDecimal.ONE, LocalDate.of(2025, 5, 5), 1), LocalDate.of(2026, 1, 1), Instant.now(), TwoCompanies.MEMBER_A);
        entityManager.persist(record);
        transaction.commit();
        trainingOfA = record.id();
        trainingOfAVersion = record.version();
    }

    private static CreditCommand creditCommand(long firstSerial) {
        return new CreditCommand(CreditRegistry.TAIWAN_MOENV, firstSerial, firstSerial + 49, 2023,
                CreditProjectType.ENERGY_EFFICIENCY, LocalDate.of(2025, 3, 1), "Access matrix");
    }

    /** A private record of company A's, written before the caller signs in. */
    private void writeCreditOfA() throws Exception {
        transaction.begin();
        CreditRetirement credit = CreditRetirement.record(companyA, creditCommand(1), LocalDate.of(2026, 1, 1),
                Instant.now(), TwoCompanies.MEMBER_A);
        entityManager.persist(credit);
        transaction.commit();
        creditOfA = credit.id();
        creditOfAVersion = credit.version();
    }

    /** Data written after the reset and before the caller signs in. */
    private interface Preparation {
        void run() throws Exception;
    }

    /** Runs the operation once per caller on fresh data and checks allowed / refused-and-unchanged. */
    private void check(String operation, Set<Who> allowed, Consumer<Who> call) throws Exception {
        check(operation, allowed, () -> { }, call);
    }

    private void check(String operation, Set<Who> allowed, Preparation prepare, Consumer<Who> call) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            resetData();
            prepare.run();
            signInAs(who);
            String before = snapshot();
            boolean refused;
            try {
                call.accept(who);
                refused = false;
            } catch (EJBAccessException | AccessDenied denied) {
                refused = true;
            } catch (EJBException wrapped) {
                refused = wrapped.getCause() instanceof AccessDenied;
                if (!refused) {
                    throw wrapped;
                }
            }
            boolean shouldBeAllowed = allowed.contains(who);
            if (refused == shouldBeAllowed) {
                wrong.add(who + (refused ? " was refused" : " was allowed"));
            }
            if (refused && !before.equals(snapshot())) {
                wrong.add(who + " was refused but the database changed");
            }
        }
        request.logout();
        if (!wrong.isEmpty()) {
            fail(operation + ": " + wrong);
        }
    }

    private void signInAs(Who who) throws Exception {
        request.logout();
        switch (who) {
            case ANONYMOUS -> { }
            case MEMBER_A -> signedIn.as(TwoCompanies.MEMBER_A, TwoCompanies.PASSWORD);
            case ADMIN_A -> signedIn.as(TwoCompanies.ADMIN_A, TwoCompanies.PASSWORD);
            case ADMIN_B -> signedIn.as(TwoCompanies.ADMIN_B, TwoCompanies.PASSWORD);
            case REVIEWER -> signedIn.as(TwoCompanies.REVIEWER, TwoCompanies.PASSWORD);
            case SECRETARIAT_ADMIN -> signedIn.as(TwoCompanies.SECRETARIAT_ADMIN, TwoCompanies.PASSWORD);
            case PROVIDER_A -> signedIn.as(CallParticipants.PROVIDER_A, TwoCompanies.PASSWORD);
            case PROVIDER_B -> signedIn.as(CallParticipants.PROVIDER_B, TwoCompanies.PASSWORD);
            case JUROR -> signedIn.as(CallParticipants.JUROR, TwoCompanies.PASSWORD);
            case CONFLICTED_JUROR -> signedIn.as(CallParticipants.CONFLICTED_JUROR, TwoCompanies.PASSWORD);
        }
    }

    private void resetData() throws Exception {
        startMailServerOnce();
        alliance.reset();
        companyA = alliance.companyA();
        companyB = alliance.companyB();
        applicantC = alliance.applicantC();
        memberAccountA = alliance.memberAccountA();
        solutions = callParticipants.matrix(CRITERIA);
    }

    private String snapshot() {
        entityManager.getEntityManagerFactory().getCache().evictAll();
        List<?> companies = entityManager.createQuery(
                "SELECT CONCAT(c.id, ':', c.version, ':', c.nameEn) FROM MemberCompany c ORDER BY c.id").getResultList();
        List<?> users = entityManager.createQuery(
                "SELECT CONCAT(a.id, ':', a.version, ':', a.email) FROM UserAccount a ORDER BY a.id").getResultList();
        long tokens = entityManager.createQuery("SELECT COUNT(t) FROM AccountToken t", Long.class).getSingleResult();
        long filings = entityManager.createQuery("SELECT COUNT(f) FROM ProgressFiling f", Long.class).getSingleResult();
        List<?> credits = entityManager.createQuery("SELECT CONCAT(r.id, ':', r.version, ':', r.serialLast)"
                + " FROM CreditRetirement r ORDER BY r.id").getResultList();
        long budgetPeriods = entityManager.createQuery("SELECT COUNT(p) FROM CityBudgetPeriod p", Long.class)
                .getSingleResult();
        List<?> training = entityManager.createQuery("SELECT CONCAT(t.id, ':', t.version) FROM TrainingRecord t"
                + " ORDER BY t.id").getResultList();
        List<?> calls = entityManager.createQuery(
                "SELECT CONCAT(c.id, ':', c.version) FROM CallForSolutions c ORDER BY c.id").getResultList();
        List<?> proposals = entityManager.createQuery(
                "SELECT CONCAT(p.id, ':', p.version) FROM Proposal p ORDER BY p.id").getResultList();
        long jurySeats = entityManager.createQuery("SELECT COUNT(s) FROM JurorSeat s", Long.class).getSingleResult();
        long conflicts = entityManager.createQuery("SELECT COUNT(c) FROM ConflictOfInterest c", Long.class)
                .getSingleResult();
        long scorecards = entityManager.createQuery("SELECT COUNT(s) FROM Scorecard s", Long.class).getSingleResult();
        List<?> registryYears = entityManager.createQuery("SELECT CONCAT(r.id, ':', r.version) FROM RegistryRecord r"
                + " ORDER BY r.id").getResultList();
        List<?> challengeRows = entityManager.createQuery(
                "SELECT CONCAT(c.id, ':', c.version) FROM Challenge c ORDER BY c.id").getResultList();
        List<?> pilotRows = entityManager.createQuery(
                "SELECT CONCAT(p.id, ':', p.version) FROM Pilot p ORDER BY p.id").getResultList();
        long files = entityManager.createQuery("SELECT COUNT(a) FROM ProposalAttachment a", Long.class).getSingleResult();
        long secondRounds = entityManager.createQuery("SELECT COUNT(r) FROM SecondRound r", Long.class).getSingleResult();
        return companies + "#" + users + "#" + tokens + "#" + filings + "#" + credits + "#" + budgetPeriods + "#"
                + training + "#" + calls + "#" + proposals + "#" + jurySeats + "#" + conflicts + "#" + scorecards
                + "#" + registryYears + "#" + challengeRows
                + "#" + pilotRows + "#" + files + "#" + secondRounds;
    }

    private long currentVersion(long companyId) {
        return entityManager.createQuery("SELECT c.version FROM MemberCompany c WHERE c.id = :id", Long.class)
                .setParameter("id", companyId).getSingleResult();
    }

    private void startMailServerOnce() {
        if (mail == null) {
            mail = CapturedMail.start();
        }
    }

    /** Frees the SMTP port for the next test class (other deployments start their own server). */
    @AfterEach
    void stopMailServer() {
        if (mail != null) {
            mail.close();
            mail = null;
        }
    }

    @Inject
    private AllianceIntensityService allianceIntensity;

    /** The alliance's intensity is the dashboard's (decision 0042); a member's own shows on its public profile. */
    @Test
    void readingTheAllianceIntensity() throws Exception {
        check("alliance intensity", EnumSet.of(Who.REVIEWER, Who.SECRETARIAT_ADMIN),
                who -> allianceIntensity.upTo(Year.of(2023)));
    }
}
