package tw.netzero.portal.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tw.netzero.portal.domain.model.account.PasswordHashing;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.company.CompanyProfile;
import tw.netzero.portal.domain.model.company.District;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.company.ApplicationContact;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.company.MembershipApplication;

/**
 * The in-container tests' small alliance, written afresh on every {@link #reset}: members A and
 * B, applicant C, and one account per kind of caller, all with {@link #PASSWORD}.
 */
@ApplicationScoped
public class TwoCompanies {

    public static final String PASSWORD = "Matrix-Test-Password-2050";
    public static final String MEMBER_A = "member@a.example";
    public static final String ADMIN_A = "admin@a.example";
    public static final String ADMIN_B = "admin@b.example";
    public static final String REVIEWER = "reviewer@secretariat.example";
    public static final String SECRETARIAT_ADMIN = "admin@secretariat.example";

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Resource
    private UserTransaction transaction;

    @Inject
    private PasswordHashing hashing;

    /** The fixture's own, set to fewer iterations ({@link FixturePasswordHash}). */
    @Inject
    private Pbkdf2PasswordHash fixtureHashing;

    private String passwordHash;
    private long companyA;
    private long companyB;
    private long applicantC;
    private long memberAccountA;

    /** {@link #PASSWORD}'s hash for every fixture account: made once, cheap to verify ({@link FixturePasswordHash}). */
    String passwordHash() {
        if (passwordHash == null) {
            passwordHash = FixturePasswordHash.of(PASSWORD, fixtureHashing, hashing);
        }
        return passwordHash;
    }

    public void reset() throws Exception {
        transaction.begin();
        TestData.clear(entityManager);
        LocalDate founded = LocalDate.of(2022, 6, 20);
        MemberCompany a = MemberCompany.admitted(profile("04595257", "Company A"), founded);
        MemberCompany b = MemberCompany.admitted(profile("04702088", "Company B"), founded);
        MemberCompany c = MemberCompany.applicant(new MembershipApplication(profile("00651474", "Applicant C"),
                new ApplicationContact("Contact C", "contact@c.example", null), null), Instant.parse("2026-01-05T02:00:00Z"));
        List.of(a, b, c).forEach(entityManager::persist);
        // Accounts refer to companies by id (no JPA relationship), so EclipseLink cannot
        // order the INSERTs by itself: write the companies first.
        entityManager.flush();
        Instant now = Instant.now();
        UserAccount memberA = UserAccount.ofCompany(a.id(), MEMBER_A, "Member A", Role.MEMBER, now);
        List.of(memberA,
                UserAccount.ofCompany(a.id(), ADMIN_A, "Admin A", Role.MEMBER_ADMIN, now),
                UserAccount.ofCompany(b.id(), ADMIN_B, "Admin B", Role.MEMBER_ADMIN, now),
                UserAccount.secretariat(REVIEWER, "Reviewer", Role.REVIEWER, now),
                UserAccount.secretariat(SECRETARIAT_ADMIN, "Secretariat Admin", Role.SECRETARIAT_ADMIN, now))
                .forEach(account -> {
                    account.changePassword(passwordHash(), now);
                    entityManager.persist(account);
                });
        transaction.commit();
        entityManager.getEntityManagerFactory().getCache().evictAll();
        companyA = a.id();
        companyB = b.id();
        applicantC = c.id();
        memberAccountA = memberA.id();
    }

    private static CompanyProfile profile(String ubn, String name) {
        return new CompanyProfile(ubn, name, name + "（中）", IndustryGroup.STEEL, District.XIAOGANG, null);
    }

    public long companyA() {
        return companyA;
    }

    public long companyB() {
        return companyB;
    }

    public long applicantC() {
        return applicantC;
    }

    public long memberAccountA() {
        return memberAccountA;
    }
}
