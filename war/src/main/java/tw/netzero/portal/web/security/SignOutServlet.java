package tw.netzero.portal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import tw.netzero.portal.application.account.LoginService;

/**
 * Signs out: a plain HTML form in every page's header posts here (issue 20, defect 1; decision 0030).
 * Not a Faces action: the public pages keep no view state (they are stateless and served from a
 * cache, decision 0012), so a Faces form on them could not be restored and sign-out failed there.
 *
 * <p>POST only, with a per-session token in the form ({@link #TOKEN_PARAMETER}): a sign-out is a
 * change, and a forged one (a link or image on another site) would be a nuisance, so a request
 * without the session's token changes nothing. The session cookie is also {@code SameSite=Strict}.
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String TOKEN_PARAMETER = "token";
    private static final String TOKEN = SignOutServlet.class.getName() + ".token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private transient LoginService logins;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            if (!rightToken(session, request.getParameter(TOKEN_PARAMETER))) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            if (request.getUserPrincipal() != null) {
                logins.recordLogout();
            }
            try {
                request.logout();
            } catch (jakarta.servlet.ServletException e) {
                throw new IOException(e);
            }
            session.invalidate();
        }
        // Without a session nobody is signed in: the same page as after signing out.
        response.sendRedirect(request.getContextPath() + "/public/members.xhtml");
    }

    /** The session's sign-out token, made when a signed-in page first needs it. */
    static String tokenOf(HttpSession session) {
        Object token = session.getAttribute(TOKEN);
        if (token == null) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(TOKEN, token);
        }
        return (String) token;
    }

    static boolean rightToken(HttpSession session, String offered) {
        Object token = session.getAttribute(TOKEN);
        return token != null && offered != null && MessageDigest.isEqual(
                token.toString().getBytes(StandardCharsets.UTF_8), offered.getBytes(StandardCharsets.UTF_8));
    }
}
