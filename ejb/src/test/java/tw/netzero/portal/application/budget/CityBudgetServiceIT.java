package tw.netzero.portal.application.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.budget.CityBudgetPeriod;
import tw.netzero.portal.domain.model.budget.CityBudgetUse;
import tw.netzero.portal.domain.model.budget.FiledScope12Trend;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.filing.FilingExamples;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.shared.AccessDenied;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.TwoCompanies;
import tw.netzero.portal.testing.TwoCompaniesTest;

/**
 * The city's carbon budget inside Payara on MariaDB (decision 0037): the admin enters periods that
 * never share a year; everyone reads the members' accepted scope 1 + location-based scope 2 against
 * it; nobody else enters one, and a refusal leaves the periods unchanged.
 */
class CityBudgetServiceIT extends TwoCompaniesTest {

    @Deployment
    static WebArchive deployment() {
        return Deployments.twoCompanies("city-budget-service-it").addClasses(FilingExamples.class);
    }

    @Inject
    private CityBudgetService budget;

    @Test
    void theAdminEntersAPeriodAndEveryoneReadsTheMembersAcceptedScope12AgainstIt() throws Exception {
        anAccepted2025FilingOfAAndASubmittedOneOfB();
        signInAs(TwoCompanies.SECRETARIAT_ADMIN);
        CityBudgetPeriodDetails period = budget.enter(2025, 2026, CityBudgetPeriod.KAOHSIUNG_2025_26.tonnes(),
                "Kaohsiung ordinance");
        assertEquals(Year.of(2026), period.lastYear());
        FieldRuleViolation overlap = assertThrows(FieldRuleViolation.class,
                () -> budget.enter(2026, 2027, BigDecimal.TEN, "Overlapping"));
        assertEquals("budget.overlap", overlap.messageKey());
        request.logout();

        List<CityBudgetUse> uses = budget.uses();
        assertEquals(1, uses.size());
        CityBudgetUse use = uses.get(0);
        // Scope 1 1,000 + location-based scope 2 500: B's submitted filing is not counted.
        assertEquals(Emissions.of("1500"), use.all().filed());
        assertEquals(1, use.all().members());
        assertEquals(new BigDecimal("0.00"), use.all().sharePercent(), "1,500 t of 50.94 Mt: 0.0029 %, truncated");
        assertEquals(List.of(IndustryGroup.STEEL), use.groups().stream().map(CityBudgetUse.Line::group).toList());
        // The trend beside it (decision 0058): the one year filed, the same figure, read by anyone.
        FiledScope12Trend trend = budget.filedTrend();
        FiledScope12Trend.Point year2025 = trend.years().stream().filter(point -> point.year().equals(Year.of(2025)))
                .findFirst().orElseThrow();
        assertEquals(Emissions.of("1500"), year2025.filed());
        assertEquals(1, year2025.members());
        assertEquals(1L, audited());
    }

    @Test
    void onlyTheSecretariatAdminEntersPeriods() throws Exception {
        for (String who : new String[] {TwoCompanies.REVIEWER, TwoCompanies.ADMIN_A, null}) {
            request.logout();
            if (who != null) {
                signInAs(who);
            }
            try {
                budget.enter(2025, 2026, BigDecimal.TEN, "Not theirs");
                fail(who + " was allowed");
            } catch (EJBAccessException | AccessDenied refused) {
                // refused, as it should be
            } catch (EJBException wrapped) {
                assertTrue(wrapped.getCause() instanceof AccessDenied, () -> "unexpected: " + wrapped);
            }
        }
        assertEquals(0L, entityManager.createQuery("SELECT COUNT(p) FROM CityBudgetPeriod p", Long.class)
                .getSingleResult());
    }

    private void anAccepted2025FilingOfAAndASubmittedOneOfB() throws Exception {
        transaction.begin();
        ProgressFiling accepted = ProgressFiling.start(alliance.companyA(), Year.of(2025));
        accepted.revise(FilingExamples.complete());
        accepted.submit(Instant.parse("2026-05-02T02:00:00Z"));
        accepted.accept(TwoCompanies.REVIEWER, "Accepted.");
        entityManager.persist(accepted);
        ProgressFiling submitted = ProgressFiling.start(alliance.companyB(), Year.of(2025));
        submitted.revise(FilingExamples.complete());
        submitted.submit(Instant.parse("2026-05-03T02:00:00Z"));
        entityManager.persist(submitted);
        transaction.commit();
    }

    private long audited() {
        return entityManager.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action", Long.class)
                .setParameter("action", tw.netzero.portal.domain.model.audit.AuditAction.CITY_BUDGET_ENTERED)
                .getSingleResult();
    }
}
