package tw.netzero.portal.application.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.application.publicdata.PublicProfile;
import tw.netzero.portal.application.publicdata.PublicProfiles;
import tw.netzero.portal.application.publicdata.SharedDataVersion;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.credit.CreditCommand;
import tw.netzero.portal.domain.model.credit.CreditProjectType;
import tw.netzero.portal.domain.model.credit.CreditRegistry;
import tw.netzero.portal.domain.model.credit.CreditRetirement;
import tw.netzero.portal.domain.model.shared.AccessDenied;
import tw.netzero.portal.domain.model.shared.ConcurrentChange;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.TwoCompanies;
import tw.netzero.portal.testing.TwoCompaniesTest;

/**
 * Retired carbon credits inside Payara on MariaDB (decision 0037): a member's own records, private
 * until published, a serial claimed once per registry across members, stale edits, and another
 * member refused with the database unchanged.
 */
class CreditServiceIT extends TwoCompaniesTest {

    private static final Ubn UBN_A = Ubn.of("04595257");
    private static final LocalDate RETIRED = LocalDate.of(2025, 11, 20);

    @Deployment
    static WebArchive deployment() {
        return Deployments.twoCompanies("credit-service-it");
    }

    @Inject
    private CreditService credits;

    @Inject
    private PublicProfiles profiles;

    @Inject
    private SharedDataVersion dataVersion;

    private static CreditCommand verra(long first, long last) {
        return new CreditCommand(CreditRegistry.VERRA, first, last, 2022, CreditProjectType.RENEWABLE_ENERGY,
                RETIRED, "Company A's 2025 annual meeting");
    }

    @Test
    void aMemberRecordsItsCreditsPrivatelyAndPublishesThemApartFromItsEmissions() throws Exception {
        signInAs(TwoCompanies.MEMBER_A);
        long before = dataVersion.current();
        CreditRetirement recorded = credits.record(verra(1_001, 2_000));
        assertEquals(new BigDecimal("1000"), recorded.tonnes());
        assertEquals(before, dataVersion.current(), "an unpublished record changes no public data");
        assertTrue(profile().credits().entries().isEmpty(), "not public before it is published");

        CreditRetirement published = credits.publish(recorded.id(), recorded.version());
        assertTrue(dataVersion.current() > before, "publishing changes the public data");
        PublicProfile.Credits shown = profile().credits();
        assertEquals(1, shown.entries().size());
        assertEquals(0, new BigDecimal("1000").compareTo(shown.totalTonnes()));
        assertNull(shown.pledgeCountsOffsets(), "no pledge in force");
        assertTrue(profile().reportedYears().isEmpty(), "credits are no reported emissions");

        assertRule("credit.published", () -> credits.revise(published.id(), verra(1_001, 1_500), published.version()));
        assertRule("credit.published", () -> credits.remove(published.id(), published.version()));
        assertEquals(List.of("CREDIT_RECORDED", "CREDIT_PUBLISHED"), auditActions());
    }

    @Test
    void aSerialIsClaimedOncePerRegistryAcrossMembers() throws Exception {
        signInAs(TwoCompanies.MEMBER_A);
        credits.record(verra(1_001, 2_000));
        request.logout();
        signInAs(TwoCompanies.ADMIN_B);
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> credits.record(verra(2_000, 2_100)));
        assertEquals("credit.serialOverlap", refused.messageKey());
        assertEquals("serialFirst", refused.field());
        assertEquals(1, rows(), "nothing recorded for B");

        credits.record(verra(2_001, 2_100));
        credits.record(new CreditCommand(CreditRegistry.GOLD_STANDARD, 1_001L, 2_000L, 2022,
                CreditProjectType.FORESTRY_AND_LAND_USE, RETIRED, "Another registry numbers its own credits"));
        assertEquals(3, rows());
    }

    @Test
    void aCorrectionMayKeepItsOwnSerialsButNotTakeAnotherRecords() throws Exception {
        signInAs(TwoCompanies.MEMBER_A);
        CreditRetirement first = credits.record(verra(1, 100));
        CreditRetirement second = credits.record(verra(101, 200));
        CreditRetirement revised = credits.revise(first.id(), verra(1, 50), first.version());
        assertEquals(50, revised.serials().count());
        assertEquals("credit.serialOverlap", assertThrows(FieldRuleViolation.class,
                () -> credits.revise(first.id(), verra(1, 101), revised.version())).messageKey());
        assertThrows(ConcurrentChange.class, () -> credits.revise(second.id(), verra(101, 150), second.version() + 1));
    }

    @Test
    void badInputIsRefusedAtTheField() throws Exception {
        signInAs(TwoCompanies.MEMBER_A);
        assertField("retiredOn", "credit.retiredOn.future", () -> credits.record(new CreditCommand(CreditRegistry.VERRA,
                1L, 2L, 2022, CreditProjectType.OTHER, LocalDate.now().plusDays(2), "Too early")));
        assertField("serialLast", "credit.serialLast.beforeFirst", () -> credits.record(verra(10, 9)));
        assertThrows(ConstraintViolationException.class, () -> credits.record(new CreditCommand(
                CreditRegistry.VERRA, 1L, 2L, 1999, CreditProjectType.OTHER, RETIRED, "Vintage out of range")));
        assertEquals(0, rows());
    }

    @Test
    void anotherMemberNeitherSeesNorTouchesTheRecords() throws Exception {
        signInAs(TwoCompanies.MEMBER_A);
        CreditRetirement recorded = credits.record(verra(1, 100));
        request.logout();
        signInAs(TwoCompanies.ADMIN_B);
        assertTrue(credits.ownCredits().isEmpty());
        String before = snapshot();
        assertDenied(() -> credits.publish(recorded.id(), recorded.version()));
        assertDenied(() -> credits.revise(recorded.id(), verra(1, 10), recorded.version()));
        assertDenied(() -> {
            credits.remove(recorded.id(), recorded.version());
            return null;
        });
        assertEquals(before, snapshot(), "refused calls change nothing");
        request.logout();
        signInAs(TwoCompanies.REVIEWER);
        assertDenied(() -> credits.ownCredits());
    }

    private PublicProfile profile() {
        return profiles.of(UBN_A).orElseThrow();
    }

    private long rows() {
        return entityManager.createQuery("SELECT COUNT(r) FROM CreditRetirement r", Long.class).getSingleResult();
    }

    private String snapshot() {
        entityManager.getEntityManagerFactory().getCache().evictAll();
        return entityManager.createQuery("SELECT CONCAT(r.id, ':', r.version, ':', r.serialLast, ':',"
                + " COALESCE(r.publishedAt, 'private')) FROM CreditRetirement r ORDER BY r.id").getResultList().toString();
    }

    private List<String> auditActions() {
        return entityManager.createQuery("SELECT e.action FROM AuditEntry e WHERE e.targetType = 'credit'"
                + " ORDER BY e.id", Object.class).getResultList().stream().map(String::valueOf).toList();
    }

    private static void assertRule(String key, Runnable call) {
        assertEquals(key, assertThrows(DomainRuleViolation.class, call::run).messageKey());
    }

    private static void assertField(String field, String key, Runnable call) {
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, call::run);
        assertEquals(key, refused.messageKey());
        assertEquals(field, refused.field());
    }

    /** Refused for the caller's role (container) or identity (CallerAccess). */
    private static void assertDenied(java.util.function.Supplier<?> call) {
        try {
            call.get();
            fail("was allowed");
        } catch (EJBAccessException | AccessDenied denied) {
            // refused, as it should be
        } catch (EJBException wrapped) {
            assertTrue(wrapped.getCause() instanceof AccessDenied, () -> "unexpected: " + wrapped);
        }
    }
}
