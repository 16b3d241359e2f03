package tw.netzero.portal.web.solutions;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tw.netzero.portal.application.filing.EvidenceDownload;
import tw.netzero.portal.application.solutions.ProposalAttachmentService;
import tw.netzero.portal.domain.model.shared.RecordAccessDenied;
import tw.netzero.portal.domain.model.shared.RecordNotFound;
import tw.netzero.portal.web.support.StoredFileResponse;

/**
 * Serves a proposal's file (decision 0055) as a download to those who may read it: the URL is open to
 * providers, jurors and members in web.xml, and the service checks the reader against the proposal.
 * An unknown id and a file the reader may not have both get 404.
 */
@WebServlet("/proposal-attachment")
public class ProposalAttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProposalAttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EvidenceDownload download;
        try {
            download = attachments.download(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | RecordNotFound | RecordAccessDenied unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFileResponse.send(response, download, false);
    }
}
