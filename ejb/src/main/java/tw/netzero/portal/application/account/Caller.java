package tw.netzero.portal.application.account;

import java.io.Serializable;
import tw.netzero.portal.domain.model.account.Role;

/** The signed-in user as the services see them. */
public record Caller(long accountId, String email, String displayName, Role role, Long companyId)
        implements Serializable {

    public boolean isSecretariat() {
        return role.isSecretariat();
    }

    public boolean belongsTo(long company) {
        return companyId != null && companyId == company;
    }
}
