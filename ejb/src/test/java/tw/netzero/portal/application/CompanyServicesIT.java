package tw.netzero.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.netzero.portal.domain.model.company.CompanyProfile;
import tw.netzero.portal.domain.model.company.DirectoryEntry;
import tw.netzero.portal.domain.model.company.DirectoryQuery;
import tw.netzero.portal.domain.model.company.DirectoryQuery.SortField;
import tw.netzero.portal.domain.model.company.District;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.company.MembershipStatus;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.infrastructure.migration.DatabaseMigration;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.TestData;

/** The company services inside Payara, on MariaDB through MySQL Connector/J. */
@ExtendWith(ArquillianExtension.class)
class CompanyServicesIT {

    private static final LocalDate FOUNDED = LocalDate.of(2022, 6, 20);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule("company-services-it");
    }

    @EJB
    private MembershipService membership;

    @EJB
    private MemberDirectory directory;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Resource
    private UserTransaction transaction;

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
    void filtersByIndustryGroupAndByNameInEitherLanguage() {
        admitFive();

        assertEquals(2, directory.count(query(IndustryGroup.STEEL, null)));
        assertEquals(List.of("Blue Bay Stainless", "Harbor Crest Steel"),
                names(directory.page(query(IndustryGroup.STEEL, null))));

        assertEquals(List.of("Harbor Crest Steel"), names(directory.page(query(null, "HARBOR crest"))));
        assertEquals(List.of("Lotus Lake Microsystems"), names(directory.page(query(null, "蓮池"))));
        assertEquals(1, directory.count(query(null, "蓮池")));
        assertEquals(0, directory.count(query(IndustryGroup.ENERGY, "蓮池")));
        // LIKE wildcards typed by a visitor are taken literally.
        assertEquals(0, directory.count(query(null, "%")));
    }

    @Test
    void pagesAndSortsInTheDatabaseAndListsOnlyActiveMembers() {
        admitFive();
        membership.apply(profile("00238778", "Applicant Energy", "申請能源", IndustryGroup.ENERGY));

        DirectoryQuery all = DirectoryQuery.of(null, null, SortField.NAME_EN, true, 0, 2);
        assertEquals(5, directory.count(all));
        assertEquals(List.of("Blue Bay Stainless", "Crescent Bay Petrochemical"), names(directory.page(all)));
        assertEquals(List.of("Harbor Crest Steel", "Lotus Lake Microsystems"),
                names(directory.page(DirectoryQuery.of(null, null, SortField.NAME_EN, true, 2, 2))));
        assertEquals(List.of("Sunfield Solar"),
                names(directory.page(DirectoryQuery.of(null, null, SortField.NAME_EN, true, 4, 2))));

        List<DirectoryEntry> descending = directory.page(DirectoryQuery.of(null, null, SortField.NAME_EN, false, 0, 5));
        assertEquals("Sunfield Solar", descending.get(0).nameEn());
        assertFalse(names(descending).contains("Applicant Energy"));

        List<DirectoryEntry> byGroup = directory.page(DirectoryQuery.of(null, null, SortField.INDUSTRY_GROUP, true, 0, 5));
        assertEquals(IndustryGroup.ELECTRONICS, byGroup.get(0).industryGroup()); // alphabetical by code
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

    private static DirectoryQuery query(IndustryGroup group, String name) {
        return DirectoryQuery.of(group, name, SortField.NAME_EN, true, 0, 20);
    }

    private static List<String> names(List<DirectoryEntry> entries) {
        return entries.stream().map(DirectoryEntry::nameEn).collect(Collectors.toList());
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
