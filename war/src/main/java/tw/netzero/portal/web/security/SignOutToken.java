package tw.netzero.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The sign-out form's token, for the page template ({@link SignOutServlet}). */
@Named
@RequestScoped
public class SignOutToken {

    @Inject
    private HttpServletRequest request;

    public String getValue() {
        return SignOutServlet.tokenOf(request.getSession());
    }
}
