package tw.netzero.portal.web.publicdata;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tw.netzero.portal.application.publicdata.PublicDataVersion;

/**
 * The open data keep answering while the database is out of reach (issue 15, decision 0035): from the
 * directory snapshot, the profiles and the stored responses of the last known data version, with the
 * same body and ETag as before. This filter tells the client that the answer may be stale while the
 * shared version cannot be confirmed ({@link PublicDataVersion#confirmed()}): {@code Warning: 110 -
 * "Response is Stale"} (RFC 7234, section 5.5.1), the header caches used for exactly this. The body is
 * left alone, so its ETag stays the one the client already holds. Declared before the response cache
 * in web.xml, so replayed answers get it too and stored ones never keep it.
 */
public class StaleDataWarning extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String HEADER = "Warning";
    static final String STALE = "110 - \"Response is Stale\"";

    @Inject
    transient PublicDataVersion dataVersion;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) && mayBeStale()) {
            response.setHeader(HEADER, STALE);
        }
        chain.doFilter(request, response);
    }

    private boolean mayBeStale() {
        try {
            dataVersion.version(); // from memory within the poll interval, else one read of a one-row table
            return !dataVersion.confirmed();
        } catch (RuntimeException noVersionYet) {
            return false; // none known since the start: the resource answers 503 as problem JSON (decision 0029)
        }
    }
}
