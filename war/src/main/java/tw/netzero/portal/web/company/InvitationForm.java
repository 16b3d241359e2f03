package tw.netzero.portal.web.company;

import java.io.Serializable;
import tw.netzero.portal.domain.model.account.Role;

/** Who to invite: e-mail, name and role. */
public class InvitationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String email;
    private String displayName;
    private Role role;

    public InvitationForm(Role role) {
        this.role = role;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
