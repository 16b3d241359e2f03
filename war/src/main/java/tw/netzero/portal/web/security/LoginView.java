package tw.netzero.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.web.support.Messages;

/** Backing bean of public/login.xhtml (signing out: {@link SignOutServlet}). */
@Named
@RequestScoped
public class LoginView {

    static final String SECOND_FACTOR_PAGE = "/public/second-factor.xhtml";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private Messages messages;

    private String email;
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete(); // back to the page that asked for login
            // The session id was changed at sign-in (SessionSignIn).
            case SUCCESS -> external.redirect(external.getRequestContextPath() + homeOf(request));
            default -> {
                if (request.getAttribute(SessionSignIn.SECOND_FACTOR_DUE) != null) {
                    external.redirect(external.getRequestContextPath() + SECOND_FACTOR_PAGE);
                    return;
                }
                Object retryAfter = request.getAttribute(SessionSignIn.RETRY_AFTER);
                if (retryAfter != null) {
                    messages.error(null, "login.tooManyAttempts", retryAfter);
                } else {
                    messages.error(null, "login.failed");
                }
            }
        }
    }

    static String homeOf(HttpServletRequest request) {
        if (request.isUserInRole(Roles.REVIEWER)) {
            return "/secretariat/home.xhtml";
        }
        if (request.isUserInRole(Roles.PROVIDER)) {
            return "/provider/proposals.xhtml";
        }
        if (request.isUserInRole(Roles.JUROR)) {
            return "/juror/jury.xhtml";
        }
        return request.isUserInRole(Roles.MEMBER) ? "/member/home.xhtml" : "/public/members.xhtml";
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
}
