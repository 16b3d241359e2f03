package tw.netzero.portal.web.security;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response, error pages included (web.xml maps this filter to the
 * ERROR dispatch too, so a 403 or 404 the container answers carries the same framing and
 * sniffing rules). PrimeFaces' CSP mode (web.xml) adds its own nonce-based script policy; this
 * second policy covers the rest — browsers enforce both, so a script must pass both: this one
 * allows inline scripts only because PrimeFaces' policy then demands its nonce of them.
 *
 * <p>Signed-in pages are never stored ({@code Cache-Control: no-store}): not the member and
 * secretariat pages, nor any response to a signed-in session (a public page then shows the
 * caller's name); the Faces resources (scripts, style sheets) stay cacheable.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * Everything from the portal itself ({@code default-src 'self'}): PrimeFaces' scripts, style
     * sheets, fonts and Ajax are served by the portal. Images also as {@code data:} (PrimeFaces'
     * style sheets embed small images); inline styles because PrimeFaces components render
     * {@code style} attributes (showing and hiding overlays).
     */
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // The page that failed may have sent PrimeFaces' policy with its own nonce; the error page
            // renders with a new one, so start over rather than add to it.
            response.setHeader("Content-Security-Policy", POLICY);
        } else {
            response.addHeader("Content-Security-Policy", POLICY);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (isSignedInPage(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** A page for or to a signed-in user; not the Faces resources, which are the same for everyone. */
    static boolean isSignedInPage(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith(ResourceHandler.RESOURCE_IDENTIFIER + "/")) {
            return false;
        }
        return request.getUserPrincipal() != null || path.startsWith("/member/") || path.startsWith("/secretariat/");
    }
}
