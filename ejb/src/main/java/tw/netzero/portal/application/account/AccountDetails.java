package tw.netzero.portal.application.account;

import java.io.Serializable;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.account.UserAccount;

/**
 * An account as the account lists read it (the secretariat's staff, a company's users, the reviewers
 * an item can be given to): a read-only copy of {@link UserAccount} without its secrets, so that no
 * entity reaches a view (issue 19, item 2).
 *
 * @param companyId    null for the secretariat's and the call for solutions' accounts
 * @param passwordSet  false while the invitation's link has not been used
 */
public record AccountDetails(long id, String email, String displayName, Role role, Long companyId, boolean enabled,
                             boolean passwordSet) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static AccountDetails of(UserAccount account) {
        return new AccountDetails(account.id(), account.email(), account.displayName(), account.role(),
                account.companyId(), account.enabled(), account.passwordHash() != null);
    }
}
