package tw.netzero.portal.application.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.netzero.portal.testing.DirectoryAsk.ask;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.application.publicdata.MemberDirectory;
import tw.netzero.portal.domain.model.company.CompanyProfile;
import tw.netzero.portal.domain.model.company.District;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.company.MembershipStatus;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.directory.DirectoryRequest;
import tw.netzero.portal.domain.model.directory.DirectoryRow;
import tw.netzero.portal.domain.model.directory.DirectorySort;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.infrastructure.migration.DatabaseMigration;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.DirectoryAsk;
import tw.netzero.portal.testing.InContainerTest;
import tw.netzero.portal.testing.TestData;

/** The company services inside Payara, on MariaDB through MySQL Connector/J. */
class CompanyServicesIT extends InContainerTest {

    private static final LocalDate FOUNDED = LocalDate.of(2022, 6, 20);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule("company-services-it").addClasses(DirectoryAsk.class);
    }

    @EJB
    private MembershipService membership;

    @EJB
    private MemberDirectory directory;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @BeforeEach
    void startFromNoCompanies() throws Exception {
        transaction.begin();
        TestData.clear(entityManager);
        transaction.commit();
        entityManager.getEntityManagerFactory().getCache().evictAll();
    }

    @Test
    void runsOnMariaDbThroughConnectorJ() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            assertTrue(meta.getDatabaseProductVersion().contains("MariaDB"), meta.getDatabaseProductVersion());
            assertTrue(meta.getDriverName().contains("MySQL Connector/J"), meta.getDriverName());
        }
    }

    @Test
    void persistsAndFindsACompanyByUbn() {
        MemberCompany admitted = membership.admit(profile("04595257", "Harbor Crest Steel", "港峰鋼鐵",
                IndustryGroup.STEEL), FOUNDED);

        MemberCompany found = membership.findByUbn("04595257").orElseThrow();
        assertEquals(admitted.id(), found.id());
        assertEquals("港峰鋼鐵", found.nameZh());
        assertEquals(MembershipStatus.ACTIVE, found.membershipStatus());
        assertEquals(FOUNDED, found.joinedOn());
        assertTrue(membership.findByUbn("04702088").isEmpty());
        assertTrue(membership.findByUbn("not-a-ubn").isEmpty());
    }

    @Test
    void aDuplicateUbnIsRefusedClearlyAndWritesNothing() {
        membership.admit(profile("04595257", "Harbor Crest Steel", "港峰鋼鐵", IndustryGroup.STEEL), FOUNDED);

        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> membership.apply(
                profile("04595257", "Impostor Steel", "冒名鋼鐵", IndustryGroup.STEEL)));

        assertEquals("company.ubn.duplicate", refused.messageKey());
        assertEquals(List.of("04595257"), refused.arguments());
        assertEquals(1, countCompanies());
        assertEquals("Harbor Crest Steel", membership.findByUbn("04595257").orElseThrow().nameEn());
    }

    @Test
    void invalidInputIsRefusedByBeanValidationAndWritesNothing() {
        CompanyProfile badChecksum = profile("04595258", "Bad Number Co.", "錯號公司", IndustryGroup.ENERGY);
        Exception refused = assertThrows(Exception.class, () -> membership.apply(badChecksum));
        ConstraintViolationException violations = violationsIn(refused);
        assertTrue(violations.getConstraintViolations().stream()
                        .anyMatch(v -> v.getMessageTemplate().equals("{company.ubn.invalid}")),
                violations::getMessage);

        CompanyProfile blankNames = profile("04702088", " ", "", IndustryGroup.ENERGY);
        ConstraintViolationException blank = violationsIn(assertThrows(Exception.class,
                () -> membership.apply(blankNames)));
        assertEquals(2, blank.getConstraintViolations().size(), blank::getMessage);
        assertEquals(0, countCompanies());
    }

    @Test
    void filtersByIndustryGroupAndByNameInEitherLanguage() throws Exception {
        admitFive();
        TestData.directoryCaughtUp(directory);

        assertEquals(2, directory.page(ask(it -> it.group = IndustryGroup.STEEL)).matching());
        assertEquals(List.of("Blue Bay Stainless", "Harbor Crest Steel"), names(ask(it -> it.group = IndustryGroup.STEEL)));

        assertEquals(List.of("Harbor Crest Steel"), names(ask(it -> it.text = "HARBOR crest")));
        assertEquals(List.of("Lotus Lake Microsystems"), names(ask(it -> it.text = "蓮池")));
        assertEquals(0, directory.page(ask(it -> { it.group = IndustryGroup.ENERGY; it.text = "蓮池"; })).matching());
        // Wildcards typed by a visitor are taken literally.
        assertEquals(0, directory.page(ask(it -> it.text = "%")).matching());
    }

    @Test
    void pagesAndSortsAndListsOnlyActiveMembers() throws Exception {
        admitFive();
        membership.apply(profile("00238778", "Applicant Energy", "申請能源", IndustryGroup.ENERGY));
        TestData.directoryCaughtUp(directory);

        assertEquals(5, directory.page(ask(it -> it.size = 2)).matching());
        assertEquals(List.of("Blue Bay Stainless", "Crescent Bay Petrochemical"), names(ask(it -> it.size = 2)));
        assertEquals(List.of("Harbor Crest Steel", "Lotus Lake Microsystems"), names(ask(it -> { it.size = 2; it.page = 2; })));
        assertEquals(List.of("Sunfield Solar"), names(ask(it -> { it.size = 2; it.page = 3; })));

        List<String> descending = names(ask(it -> it.ascending = false));
        assertEquals("Sunfield Solar", descending.get(0));
        assertFalse(descending.contains("Applicant Energy"));

        // Industry groups sort in the order the alliance lists them (steel first), not by their codes.
        assertEquals(IndustryGroup.STEEL, directory.page(ask(it -> it.sort = DirectorySort.GROUP)).rows().get(0).group());
    }

    private void admitFive() {
        membership.admit(profile("04595257", "Harbor Crest Steel", "港峰鋼鐵", IndustryGroup.STEEL), FOUNDED);
        membership.admit(profile("04702088", "Blue Bay Stainless", "藍灣不鏽鋼", IndustryGroup.STEEL), FOUNDED);
        membership.admit(profile("00651474", "Lotus Lake Microsystems", "蓮池微系統", IndustryGroup.ELECTRONICS), FOUNDED);
        membership.admit(profile("10458575", "Sunfield Solar", "日野太陽能", IndustryGroup.ENERGY), FOUNDED);
        membership.admit(profile(validUbn("1234567"), "Crescent Bay Petrochemical", "新月灣石化",
                IndustryGroup.PETROCHEMICALS), FOUNDED);
    }

    private static String validUbn(String firstSeven) {
        return firstSeven + Ubn.checkDigitFor(firstSeven);
    }


    private List<String> names(DirectoryRequest request) {
        return directory.page(request).rows().stream().map(DirectoryRow::nameEn).collect(Collectors.toList());
    }

    private static CompanyProfile profile(String ubn, String nameEn, String nameZh, IndustryGroup group) {
        return new CompanyProfile(ubn, nameEn, nameZh, group, District.XIAOGANG, "https://example.com");
    }

    private long countCompanies() {
        return entityManager.createQuery("SELECT COUNT(c) FROM MemberCompany c", Long.class).getSingleResult();
    }

    private static ConstraintViolationException violationsIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violations) {
                return violations;
            }
        }
        throw new AssertionError("No constraint violations in " + thrown, thrown instanceof EJBException ? thrown : null);
    }
}
