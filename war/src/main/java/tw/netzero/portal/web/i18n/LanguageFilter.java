package tw.netzero.portal.web.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Decides the language of each request. {@code ?lang=zh-TW} switches it and is remembered
 * in a browser-session cookie (no server session needed, so anonymous pages stay
 * stateless); otherwise the cookie, then the browser's Accept-Language, then English.
 */
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PARAMETER = "lang";
    static final String COOKIE = "portal-lang";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String asked = request.getParameter(PARAMETER);
        if (asked != null && "GET".equals(request.getMethod())) {
            Locale chosen = SupportedLanguage.fromTag(asked).getLocale();
            Cookie cookie = new Cookie(COOKIE, chosen.toLanguageTag());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            // Redirect to the same address without the parameter, so links stay clean.
            response.sendRedirect(response.encodeRedirectURL(withoutLanguageParameter(request)));
            return;
        }
        request.setAttribute(Language.REQUEST_ATTRIBUTE, resolve(request));
        chain.doFilter(request, response);
    }

    private static Locale resolve(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return SupportedLanguage.fromTag(cookie.getValue()).getLocale();
                }
            }
        }
        return SupportedLanguage.bestFor(request.getLocales()).getLocale();
    }

    static String withoutLanguageParameter(HttpServletRequest request) {
        return sameOriginTarget(request.getRequestURI(), request.getQueryString());
    }

    /**
     * The address to come back to: the same path and query, less the language parameter, always
     * a path on this server. A request for {@code //evil.example/} (or {@code /\evil.example/},
     * which browsers read alike) must not become a redirect to another host, so any run of
     * leading slashes and backslashes becomes one slash (issue 14, item 2; ASVS 5.1.5).
     */
    static String sameOriginTarget(String requestUri, String query) {
        StringBuilder target = new StringBuilder("/").append(requestUri.replaceFirst("^[/\\\\]+", ""));
        if (query != null) {
            StringBuilder kept = new StringBuilder();
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.equals(PARAMETER) && !pair.startsWith(PARAMETER + "=")) {
                    kept.append(kept.length() == 0 ? "" : "&").append(pair);
                }
            }
            if (kept.length() > 0) {
                target.append('?').append(kept);
            }
        }
        return target.toString();
    }
}
