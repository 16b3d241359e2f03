package tw.netzero.portal.web.secretariat;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import tw.netzero.portal.application.account.AccountDetails;
import tw.netzero.portal.application.account.AccountService;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.web.company.InvitationForm;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/** secretariat/accounts.xhtml (secretariat admins): secretariat staff accounts and invitations. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accountService;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    private List<AccountDetails> accounts;
    private InvitationForm invitation = new InvitationForm(Role.REVIEWER);

    @PostConstruct
    void load() {
        accounts = accountService.secretariatAccounts();
    }

    public void invite() {
        if (serviceCall.run("invite", () -> accountService.inviteSecretariat(invitation.getEmail(),
                invitation.getDisplayName(), invitation.getRole()))) {
            messages.info("account.invited", invitation.getEmail());
            invitation = new InvitationForm(Role.REVIEWER);
            load();
        }
    }

    public void setEnabled(AccountDetails account, boolean enabled) {
        if (serviceCall.run("accounts", () -> accountService.setEnabled(account.id(), enabled))) {
            load();
        }
    }

    public List<Role> getSecretariatRoles() {
        return List.of(Role.REVIEWER, Role.SECRETARIAT_ADMIN);
    }

    public List<AccountDetails> getAccounts() {
        return accounts;
    }

    public InvitationForm getInvitation() {
        return invitation;
    }
}
