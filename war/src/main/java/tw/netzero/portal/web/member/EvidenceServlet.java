package tw.netzero.portal.web.member;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tw.netzero.portal.application.filing.EvidenceDownload;
import tw.netzero.portal.application.filing.FilingService;
import tw.netzero.portal.application.pledge.PledgeService;
import tw.netzero.portal.domain.model.shared.RecordAccessDenied;
import tw.netzero.portal.domain.model.shared.RecordNotFound;
import tw.netzero.portal.web.support.StoredFileResponse;

/**
 * Serves an evidence file to the owning company's users and the secretariat only: the URL is
 * protected in web.xml and the service checks the file's company; an unknown id and another
 * company's file both get 404. A download by default; with {@code inline=true} a PDF or an image
 * is shown in place (the review page frames it; {@link StoredFileResponse}).
 */
@WebServlet("/evidence")
public class EvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private FilingService filingService;

    @Inject
    private PledgeService pledgeService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // A filing's evidence by ?id=, a base-year restatement's by ?restatementEvidence= (decision 0033).
        String restatementEvidence = request.getParameter("restatementEvidence");
        long id;
        try {
            id = Long.parseLong(restatementEvidence != null ? restatementEvidence : request.getParameter("id"));
        } catch (NumberFormatException notANumber) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EvidenceDownload download;
        try {
            download = restatementEvidence != null ? pledgeService.restatementEvidence(id) : filingService.evidence(id);
        } catch (RecordNotFound | RecordAccessDenied unknown) {
            // Unknown and another company's evidence alike: the answer does not tell which.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFileResponse.send(response, download, "true".equals(request.getParameter("inline")));
    }
}
