package tw.netzero.portal.application.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.application.publicdata.PublicProfile;
import tw.netzero.portal.application.publicdata.PublicProfiles;
import tw.netzero.portal.application.publicdata.SharedDataVersion;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.pledge.PledgeExamples;
import tw.netzero.portal.domain.model.registry.Reconciliation.Outcome;
import tw.netzero.portal.domain.model.registry.RegistrationDuty;
import tw.netzero.portal.domain.model.registry.RegistryCommand;
import tw.netzero.portal.domain.model.registry.RegistryRecord;
import tw.netzero.portal.domain.model.registry.VerificationStatus;
import tw.netzero.portal.domain.model.shared.AccessDenied;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.testing.AllianceExamples;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.TwoCompanies;
import tw.netzero.portal.testing.TwoCompaniesTest;

/**
 * MOENV registry years inside Payara on MariaDB (decision 0043): a member's own years, private until
 * the secretariat publishes them; the secretariat's reconciliation with the accepted filing, flagged
 * beyond 5 % with the member's reason; bad input and another member refused with the database unchanged.
 */
class RegistryServiceIT extends TwoCompaniesTest {

    @Deployment
    static WebArchive deployment() {
        return Deployments.twoCompanies("registry-service-it")
                .addClasses(AllianceExamples.class, PledgeExamples.class);
    }

    @Inject
    private RegistryService registry;

    @Inject
    private SharedDataVersion dataVersion;

    @Inject
    private PublicProfiles profiles;

    private static RegistryCommand year2024(String direct, String indirect, String reason) {
        return new RegistryCommand(2024, false, new BigDecimal(direct), new BigDecimal(indirect),
                LocalDate.of(2025, 4, 28), VerificationStatus.VERIFIED, LocalDate.of(2025, 10, 20), true, true,
                new BigDecimal("42"), reason);
    }

    @Test
    void aMembersYearIsReconciledWithItsAcceptedFilingAndPublishedByTheSecretariat() throws Exception {
        // Filed 2024: scope 1 40,000 + location-based scope 2 (1,000 + 9,999) = 50,999 t.
        acceptedFilingOfA(2024, "40000", "1000");
        signInAs(TwoCompanies.MEMBER_A);
        long before = dataVersion.current();
        RegistryRecord recorded = registry.record(year2024("30000", "12000", "Boundary: the new kiln from 2025"));
        assertEquals(RegistrationDuty.BY_EMISSIONS, recorded.duty());
        assertEquals(before, dataVersion.current(), "an unpublished year changes no public data");
        assertEquals(List.of(), profileOfA().registry(), "an unpublished year is not on the public profile");
        RegistryStanding own = registry.ownRecords().get(0);
        assertEquals(Outcome.FLAGGED, own.reconciliation().outcome(), "50,999 t filed against 42,000 t registered");
        assertEquals(new BigDecimal("21.4"), own.reconciliation().differencePercent().orElseThrow());

        signInAs(TwoCompanies.REVIEWER);
        RegistryStanding flagged = registry.reconciliation().get(0);
        assertTrue(flagged.reconciliation().flagged());
        assertEquals("Boundary: the new kiln from 2025", flagged.record().differenceReason());
        assertEquals("04595257", flagged.ubn());
        registry.publish(recorded.id(), flagged.record().version());
        assertTrue(dataVersion.current() > before, "publishing changes the public data");
        PublicProfile.RegisteredYear shown = profileOfA().registry().get(0);
        assertEquals(Year.of(2024), shown.inventoryYear());
        assertEquals(Emissions.of("42000"), shown.registered());
        assertEquals(VerificationStatus.VERIFIED, shown.verification());
        assertTrue(shown.carbonFeePayer());
        assertEquals(0, new BigDecimal("42").compareTo(shown.targetRate()), "the approved plan's target rate");

        signInAs(TwoCompanies.MEMBER_A);
        RegistryDetails published = registry.ownRecords().get(0).record();
        assertEquals("registry.published", assertThrows(DomainRuleViolation.class,
                () -> registry.revise(published.id(), year2024("30000", "20999", null), published.version()))
                .messageKey());
        assertEquals(List.of("REGISTRY_RECORDED", "REGISTRY_PUBLISHED"), auditActions());
    }

    @Test
    void withinFivePerCentOrWithoutAFilingNothingIsFlagged() throws Exception {
        acceptedFilingOfA(2024, "40000", "1000");
        signInAs(TwoCompanies.MEMBER_A);
        registry.record(year2024("30000", "18571.5", null)); // 48,571.5 t: 50,999 is exactly 5 % above
        registry.record(new RegistryCommand(2023, true, new BigDecimal("100"), new BigDecimal("200"), null, null,
                null, false, false, null, null));
        signInAs(TwoCompanies.REVIEWER);
        List<RegistryStanding> rows = registry.reconciliation();
        assertEquals(List.of(Outcome.WITHIN_TOLERANCE, Outcome.NO_ACCEPTED_FILING),
                rows.stream().map(row -> row.reconciliation().outcome()).toList());
        assertEquals(RegistrationDuty.BY_LISTED_INDUSTRY, rows.get(1).record().duty());
    }

    @Test
    void badInputIsRefusedAtTheFieldAndNothingIsStored() throws Exception {
        signInAs(TwoCompanies.MEMBER_A);
        assertField("carbonFeePayer", "registry.carbonFeePayer.belowThreshold",
                () -> registry.record(year2024("20000", "4999.9", null)));
        assertField("inventoryYear", "registry.inventoryYear.notEnded", () -> registry.record(new RegistryCommand(
                LocalDate.now().getYear() + 1, false, BigDecimal.ONE, BigDecimal.ONE, null, null, null, false, false,
                null, null)));
        assertThrows(ConstraintViolationException.class, () -> registry.record(new RegistryCommand(2015, false,
                BigDecimal.ONE, BigDecimal.ONE, null, null, null, false, false, null, null)));
        assertEquals(0, rows());
        registry.record(year2024("30000", "0", null));
        assertField("inventoryYear", "registry.inventoryYear.taken",
                () -> registry.record(year2024("30000", "1", null)));
        assertEquals(1, rows());
    }

    @Test
    void anotherMemberNeitherSeesNorTouchesTheYearAndMembersDoNotReconcile() throws Exception {
        signInAs(TwoCompanies.MEMBER_A);
        RegistryRecord recorded = registry.record(year2024("30000", "0", null));
        signInAs(TwoCompanies.ADMIN_B);
        assertTrue(registry.ownRecords().isEmpty());
        String before = snapshot();
        assertDenied(() -> registry.revise(recorded.id(), year2024("31000", "0", null), recorded.version()));
        assertDenied(() -> registry.publish(recorded.id(), recorded.version()));
        assertDenied(() -> registry.reconciliation());
        assertEquals(before, snapshot(), "refused calls change nothing");
        signInAs(TwoCompanies.REVIEWER);
        assertDenied(() -> registry.ownRecords());
    }

    private PublicProfile profileOfA() {
        return profiles.of(Ubn.of("04595257")).orElseThrow();
    }

    private void acceptedFilingOfA(int year, String scope1, String scope2Market) throws Exception {
        transaction.begin();
        entityManager.persist(AllianceExamples.accepted(alliance.companyA(), year,
                AllianceExamples.filing(scope1, scope2Market, null, null, true)));
        transaction.commit();
    }

    private long rows() {
        return entityManager.createQuery("SELECT COUNT(r) FROM RegistryRecord r", Long.class).getSingleResult();
    }

    private String snapshot() {
        entityManager.getEntityManagerFactory().getCache().evictAll();
        return entityManager.createQuery("SELECT CONCAT(r.id, ':', r.version, ':', COALESCE(r.publishedAt, 'private'))"
                + " FROM RegistryRecord r ORDER BY r.id").getResultList().toString();
    }

    private List<String> auditActions() {
        return entityManager.createQuery("SELECT e.action FROM AuditEntry e WHERE e.targetType = 'registry'"
                + " ORDER BY e.id", Object.class).getResultList().stream().map(String::valueOf).toList();
    }

    private static void assertField(String field, String key, Runnable call) {
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, call::run);
        assertEquals(key, refused.messageKey());
        assertEquals(field, refused.field());
    }

    /** Refused for the caller's role (container) or identity (CallerAccess). */
    private static void assertDenied(Supplier<?> call) {
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
