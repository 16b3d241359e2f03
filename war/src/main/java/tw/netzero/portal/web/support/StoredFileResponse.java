package tw.netzero.portal.web.support;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import tw.netzero.portal.application.filing.EvidenceDownload;
import tw.netzero.portal.domain.model.evidence.EvidenceType;

/**
 * Sends an uploaded file (a filing's evidence, a proposal's attachment): a download under the name
 * it was uploaded with; in place only a PDF or an image, under a policy that lets nothing in it run or
 * load anything else. Never cached by anyone but the reader's browser session.
 */
public final class StoredFileResponse {

    private static final Set<EvidenceType> SHOWN_IN_PLACE = Set.of(EvidenceType.PDF, EvidenceType.PNG, EvidenceType.JPEG);
    static final String IN_PLACE_POLICY =
            "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'";

    private StoredFileResponse() {
    }

    /** Writes the file; {@code inPlaceAsked}: shown in the page that frames it, when its type allows. */
    public static void send(HttpServletResponse response, EvidenceDownload download, boolean inPlaceAsked)
            throws IOException {
        String name = URLEncoder.encode(download.originalName(), StandardCharsets.UTF_8).replace("+", "%20");
        boolean inPlace = inPlaceAsked && SHOWN_IN_PLACE.contains(download.type());
        ContentTypes.set(response, download.contentType());
        response.setHeader("Content-Disposition", (inPlace ? "inline" : "attachment") + "; filename*=UTF-8''" + name);
        if (inPlace) {
            // Replaces the site-wide policy for this response only: framed by our own pages, no scripts.
            response.setHeader("Content-Security-Policy", IN_PLACE_POLICY);
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(download.content().length);
        response.getOutputStream().write(download.content());
    }
}
