package tw.netzero.portal.web.member;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import tw.netzero.portal.application.EvidenceDownload;
import tw.netzero.portal.application.FilingService;

/**
 * Serves an evidence file as a download (never rendered in the browser), to the owning
 * company's users and the secretariat only: the URL is protected in web.xml and the service
 * checks the file's company.
 */
@WebServlet("/evidence")
public class EvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private FilingService filingService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException notANumber) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EvidenceDownload download = filingService.evidence(id);
        String name = URLEncoder.encode(download.originalName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(download.contentType());
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + name);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(download.content().length);
        response.getOutputStream().write(download.content());
    }
}
