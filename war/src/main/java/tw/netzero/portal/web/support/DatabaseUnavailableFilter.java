package tw.netzero.portal.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * A page that fails because the database is out of reach answers 503 with Retry-After and the
 * "try again shortly" page instead of the general error (issue 15, item 1). The API answers the same
 * status as problem JSON itself (web.api.ProblemResponses); ajax form posts are sent to the same page by
 * {@link DatabaseUnavailableExceptionHandlerFactory}.
 */
public class DatabaseUnavailableFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableFilter.class.getName());
    static final String TRY_AGAIN_PAGE = "/public/try-again.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseUnavailable.causedIt(failure) || response.isCommitted()) {
                throw failure;
            }
            LOG.warning(() -> "Database out of reach, answered 503: " + request.getRequestURI() + ": " + failure);
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            request.getRequestDispatcher(TRY_AGAIN_PAGE).forward(request, response);
        }
    }
}
