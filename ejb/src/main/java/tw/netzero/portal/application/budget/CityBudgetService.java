package tw.netzero.portal.application.budget;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import tw.netzero.portal.application.account.CallerAccess;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.application.publicdata.CurrentAllianceHistory;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.budget.CityBudgetPeriod;
import tw.netzero.portal.domain.model.budget.CityBudgetRepository;
import tw.netzero.portal.domain.model.budget.CityBudgetUse;
import tw.netzero.portal.domain.model.budget.FiledScope12Trend;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/**
 * The city's carbon budget (issue 17, item 1; decision 0037): the secretariat admin enters its
 * periods; everyone may read how much of each the members' filed scope 1+2 takes, per industry group,
 * beside their pledged pathways. Aggregates only: no member is named.
 */
@Stateless
public class CityBudgetService {

    private static final String BUDGET = "budget";

    @Inject
    private CityBudgetRepository periods;

    @Inject
    private CurrentAllianceHistory alliance;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @EJB
    private CallerAccess access;

    @EJB
    private AuditLog audit;

    /** Enters a period; a period sharing a year with another is refused at the field. */
    @RolesAllowed(Roles.SECRETARIAT_ADMIN)
    public CityBudgetPeriodDetails enter(Integer firstYear, Integer lastYear, BigDecimal cityBudgetTonnes, String source) {
        String by = access.current().email();
        CityBudgetPeriod period = CityBudgetPeriod.enter(firstYear, lastYear, cityBudgetTonnes, source,
                periods.all(), clock.instant(), by);
        periods.add(period);
        try {
            // Two admins entering the same first year at once: the unique key, the same clear error.
            entityManager.flush();
        } catch (PersistenceException raceLost) {
            throw new FieldRuleViolation("firstYear", "budget.overlap", firstYear, lastYear);
        }
        audit.record(AuditAction.CITY_BUDGET_ENTERED, BUDGET, period.id(), period.firstYear() + "-"
                + period.lastYear() + ": " + period.cityBudget().tonnes() + " t (" + period.source() + ")");
        return CityBudgetPeriodDetails.of(period);
    }

    /**
     * Every period with the members' use of it, the latest first, kept with the dashboard's figures until
     * the data changes (decision 0057). The secretariat waits for a re-read (it sees the period it has just
     * entered); the public is answered from what is kept meanwhile, like the directory.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CityBudgetUse> uses() {
        return readsCurrent() ? alliance.budgetUses() : alliance.budgetUsesWhileRefreshed();
    }

    /**
     * The members' filed scope 1 + 2 per year up to last year, the trend beside the budget (decision 0058);
     * kept and served as {@link #uses()} is.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public FiledScope12Trend filedTrend() {
        return readsCurrent() ? alliance.filedTrend() : alliance.filedTrendWhileRefreshed();
    }

    /** Reviewers and admins wait for a re-read after a change; the public gets the kept figures meanwhile. */
    private boolean readsCurrent() {
        return session.isCallerInRole(Roles.REVIEWER) || session.isCallerInRole(Roles.SECRETARIAT_ADMIN);
    }
}
