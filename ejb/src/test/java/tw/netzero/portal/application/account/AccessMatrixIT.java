package tw.netzero.portal.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
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
import tw.netzero.portal.application.company.CompanyAdministration;
import tw.netzero.portal.application.company.MembershipService;
import tw.netzero.portal.application.history.HistoryImportService;
import tw.netzero.portal.application.publicdata.AllianceDashboard;
import tw.netzero.portal.application.publicdata.MemberDirectory;
import tw.netzero.portal.application.publicdata.PublicProfiles;
import tw.netzero.portal.application.review.ReviewQueues;
import tw.netzero.portal.domain.model.review.ReviewKind;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.audit.AuditQuery;
import tw.netzero.portal.domain.model.company.ApplicationContact;
import tw.netzero.portal.domain.model.company.CompanyProfile;
import tw.netzero.portal.domain.model.company.District;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.company.MembershipApplication;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.directory.DirectoryRequest;
import tw.netzero.portal.domain.model.shared.AccessDenied;
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
    enum Who { ANONYMOUS, MEMBER_A, ADMIN_A, ADMIN_B, REVIEWER, SECRETARIAT_ADMIN }

    @Deployment
    static WebArchive deployment() {
        return Deployments.withCapturedMail(Deployments.twoCompanies("access-matrix-it"));
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

    private CapturedMail mail;

    private long companyA;
    private long companyB;
    private long applicantC;
    private long memberAccountA;

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
            MemberCompany a = administration.company(companyA);
            CompanyProfile changed = new CompanyProfile(a.ubn().value(), "Renamed by " + who, a.nameZh(),
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
    void importingFilingHistory() throws Exception {
        byte[] file = ("UBN,Year,Scope 1,Scope 2 location-based,Scope 2 market-based,Scope 3,Verified\n"
                + "04595257,2021,1,2,3,4,no\n").getBytes(StandardCharsets.UTF_8);
        check("history preview", EnumSet.of(Who.SECRETARIAT_ADMIN), who -> historyImport.preview("history.csv", file));
        check("history import", EnumSet.of(Who.SECRETARIAT_ADMIN),
                who -> historyImport.importGoodRows("history.csv", file));
    }

    /** Runs the operation once per caller on fresh data and checks allowed / refused-and-unchanged. */
    private void check(String operation, Set<Who> allowed, Consumer<Who> call) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            resetData();
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
        }
    }

    private void resetData() throws Exception {
        startMailServerOnce();
        alliance.reset();
        companyA = alliance.companyA();
        companyB = alliance.companyB();
        applicantC = alliance.applicantC();
        memberAccountA = alliance.memberAccountA();
    }

    private String snapshot() {
        entityManager.getEntityManagerFactory().getCache().evictAll();
        List<?> companies = entityManager.createQuery(
                "SELECT CONCAT(c.id, ':', c.version, ':', c.nameEn) FROM MemberCompany c ORDER BY c.id").getResultList();
        List<?> users = entityManager.createQuery(
                "SELECT CONCAT(a.id, ':', a.version, ':', a.email) FROM UserAccount a ORDER BY a.id").getResultList();
        long tokens = entityManager.createQuery("SELECT COUNT(t) FROM AccountToken t", Long.class).getSingleResult();
        long filings = entityManager.createQuery("SELECT COUNT(f) FROM ProgressFiling f", Long.class).getSingleResult();
        return companies + "#" + users + "#" + tokens + "#" + filings;
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
}
