package tw.netzero.portal.application.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.application.publicdata.PublicProfiles;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.shared.AccessDenied;
import tw.netzero.portal.domain.model.shared.ConcurrentChange;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.training.TrainingCommand;
import tw.netzero.portal.domain.model.training.TrainingRecord;
import tw.netzero.portal.domain.model.training.TrainingTotals;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.TwoCompanies;
import tw.netzero.portal.testing.TwoCompaniesTest;

/**
 * Staff training inside Payara on MariaDB (decision 0037): a member's own records, their totals on
 * the public profile and per group for the secretariat, another member refused with nothing changed.
 */
class TrainingServiceIT extends TwoCompaniesTest {

    @Deployment
    static WebArchive deployment() {
        return Deployments.twoCompanies("training-service-it");
    }

    @Inject
    private TrainingService training;

    @Inject
    private PublicProfiles profiles;

    private static TrainingCommand course(String hours, int staff) {
        return new TrainingCommand("ISO 14064-1 inventory", "Net Zero Institute", new BigDecimal(hours),
                LocalDate.of(2025, 9, 12), staff);
    }

    @Test
    void membersRecordTrainingAndEveryoneSeesTheTotalsOnly() throws Exception {
        signInAs(TwoCompanies.MEMBER_A);
        training.record(course("12", 10));
        TrainingRecord second = training.record(course("6.5", 2));
        assertEquals(2, training.ownRecords().size());
        request.logout();

        TrainingTotals shown = profiles.of(Ubn.of("04595257")).orElseThrow().training();
        assertEquals(2, shown.courses());
        assertEquals(12, shown.staff());
        assertEquals(0, new BigDecimal("133").compareTo(shown.personHours()), "12 × 10 + 6.5 × 2");

        signInAs(TwoCompanies.REVIEWER);
        List<TrainingTotals> byGroup = training.totalsByGroup();
        assertEquals(1, byGroup.size());
        assertEquals(IndustryGroup.STEEL, byGroup.get(0).group());
        assertEquals(1, byGroup.get(0).members());
        request.logout();

        signInAs(TwoCompanies.ADMIN_A);
        assertThrows(ConcurrentChange.class, () -> training.remove(second.id(), second.version() + 1));
        training.remove(second.id(), second.version());
        assertEquals(1, training.ownRecords().size());
    }

    @Test
    void badInputIsRefusedAtTheField() throws Exception {
        signInAs(TwoCompanies.MEMBER_A);
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> training.record(
                new TrainingCommand("Course", "Provider", BigDecimal.TEN, LocalDate.now().plusDays(2), 3)));
        assertEquals("certifiedOn", refused.field());
        assertEquals(0L, rows());
    }

    @Test
    void anotherMemberNeitherSeesNorRemovesTheRecords() throws Exception {
        signInAs(TwoCompanies.MEMBER_A);
        TrainingRecord recorded = training.record(course("12", 10));
        request.logout();
        signInAs(TwoCompanies.ADMIN_B);
        assertTrue(training.ownRecords().isEmpty());
        try {
            training.remove(recorded.id(), recorded.version());
            fail("B removed A's record");
        } catch (EJBAccessException | AccessDenied denied) {
            // refused
        } catch (EJBException wrapped) {
            assertTrue(wrapped.getCause() instanceof AccessDenied, () -> "unexpected: " + wrapped);
        }
        assertEquals(1L, rows());
    }

    private long rows() {
        return entityManager.createQuery("SELECT COUNT(t) FROM TrainingRecord t", Long.class).getSingleResult();
    }
}
