package tw.netzero.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tw.netzero.portal.application.account.AccountService;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/** public/set-password.xhtml (one-time link) and public/forgot-password.xhtml. */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    private AccountService accountService;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    private String token;
    private String email;
    private String password;
    private String confirmation;
    private boolean done;
    private String linkRefusal;

    /**
     * Checks the link when its page opens: a used, replaced, expired or unknown link says so at once,
     * instead of after the password has been typed twice (issue 20, defect 6).
     */
    public void checkLink() {
        linkRefusal = accountService.linkRefusal(token).orElse(null);
    }

    public void setNewPassword() {
        if (password == null || !password.equals(confirmation)) {
            messages.error("password:confirmation", "password.mismatch");
            return;
        }
        // The new password also ends every session of the account, on every instance (decision 0036).
        done = serviceCall.call("password", () -> accountService.setPassword(token, password.toCharArray())).isPresent();
        password = null;
        confirmation = null;
    }

    public void requestReset() {
        accountService.requestPasswordReset(email);
        // The same answer whether or not the address is known: no account enumeration.
        messages.info("password.resetSent");
        done = true;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    /** The message key saying why the link cannot be used; null when it can. */
    public String getLinkRefusal() {
        return linkRefusal;
    }

    public boolean isDone() {
        return done;
    }
}
