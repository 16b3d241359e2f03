package tw.netzero.portal.application.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.domain.model.account.AccountRepository;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.company.CompanyRepository;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.shared.AccessDenied;
import tw.netzero.portal.domain.model.shared.RecordAccessDenied;

/**
 * Who is calling, and the data-level checks every service makes before it reads or changes
 * a company's data: the caller belongs to that company or is secretariat staff. Ids from a
 * page or a URL are never trusted. A denial is logged and recorded in the audit trail.
 */
@Stateless
@PermitAll
public class CallerAccess {

    private static final Logger LOG = Logger.getLogger(CallerAccess.class.getName());

    @Resource
    private SessionContext session;

    @Inject
    private AccountRepository accounts;

    @Inject
    private CompanyRepository companies;

    @EJB
    private AuditLog audit;

    /** The signed-in caller; refused when nobody (or a disabled account) is signed in. */
    public Caller current() {
        String name = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        UserAccount account = name == null ? null : accounts.findByEmail(name).orElse(null);
        if (account == null || !account.enabled()) {
            throw deny("no signed-in account", "account", name);
        }
        return new Caller(account.id(), account.email(), account.displayName(), account.role(), account.companyId());
    }

    /** The caller may read this company's data. */
    public Caller requireCompany(long companyId) {
        Caller caller = current();
        if (!caller.isSecretariat() && !caller.belongsTo(companyId)) {
            throw deny(caller.email() + " reached for company " + companyId, "company", companyId);
        }
        return caller;
    }

    /**
     * The caller may read a record of this company that was reached by its id (from a page's or a
     * download's address): the same rule as {@link #requireCompany}, but refused as a
     * {@link RecordAccessDenied}, which the pages answer like an unknown id.
     */
    public Caller requireCompanyOfRecord(long companyId) {
        Caller caller = current();
        if (!caller.isSecretariat() && !caller.belongsTo(companyId)) {
            String why = caller.email() + " reached by id for a record of company " + companyId;
            deny(why, "company", companyId);
            throw new RecordAccessDenied(why);
        }
        return caller;
    }

    /** The caller may administer this company (its profile and users). */
    public Caller requireCompanyAdmin(long companyId) {
        Caller caller = current();
        boolean secretariatAdmin = caller.role() == Role.SECRETARIAT_ADMIN;
        boolean ownAdmin = caller.role() == Role.MEMBER_ADMIN && caller.belongsTo(companyId);
        if (!secretariatAdmin && !ownAdmin) {
            throw deny(caller.email() + " tried to administer company " + companyId, "company", companyId);
        }
        return caller;
    }

    /** The caller is a user of this very company (secretariat staff are not). */
    public Caller requireMemberOf(long companyId) {
        Caller caller = current();
        if (!caller.belongsTo(companyId)) {
            throw deny(caller.email() + " reached for the pledges or filings of company " + companyId, "company",
                    companyId);
        }
        return caller;
    }

    /** The caller is a member company's user; returns their company. */
    public long requireOwnCompany() {
        Caller caller = current();
        if (caller.companyId() == null) {
            throw deny(caller.email() + " has no company", "account", caller.accountId());
        }
        return caller.companyId();
    }

    /**
     * The caller is a user of the company with this UBN (from a URL: secretariat staff and other
     * companies' users are refused alike, whether or not the UBN exists); returns the company's id.
     */
    public long requireOwnCompany(Ubn ubn) {
        long companyId = requireOwnCompany();
        boolean own = companies.find(companyId).map(company -> company.ubn().equals(ubn)).orElse(false);
        if (!own) {
            throw deny(current().email() + " reached for company " + ubn, "company", ubn.value());
        }
        return companyId;
    }

    /** Refuses the caller: logged and recorded in the audit trail even though the caller's work rolls back. */
    public AccessDenied deny(String why, String targetType, Object targetId) {
        LOG.warning(() -> "Access denied: " + why);
        audit.recordIndependently(AuditAction.ACCESS_DENIED, targetType, targetId, why);
        return new AccessDenied(why);
    }
}
