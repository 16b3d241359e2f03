package tw.netzero.portal.web.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page (web.xml) for the statuses the container itself may answer with — 400, 405, 413,
 * 415 — in place of Payara's default page, which names the server and its version: under
 * {@code /api/} an RFC 7807 problem like the API's own ({@link ProblemResponses}), anywhere else
 * the portal's general error page. Asked for directly, it is not found.
 */
@WebServlet("/container-error")
public class ContainerErrorAnswer extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String GENERAL_ERROR_PAGE = "/public/error.xhtml";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        String failedUri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (!failedUri.startsWith(request.getContextPath() + "/api/")) {
            request.getRequestDispatcher(GENERAL_ERROR_PAGE).forward(request, response);
            return;
        }
        Status known = Status.fromStatusCode(status);
        String body = JsonFields.object()
                .add("type", "about:blank")
                .add("title", known == null ? "Error" : known.getReasonPhrase())
                .add("status", status)
                .add("detail", detailOf(status))
                .add("instance", failedUri)
                .build().toString();
        response.setStatus(status);
        response.setContentType(ProblemResponses.PROBLEM_JSON + ";charset=UTF-8");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 400 -> "The request could not be read (its headers, address or body are malformed).";
            case 405 -> "This method is not offered here: the open data are read with GET, member filings sent with PUT.";
            case 413 -> "The request body is too large.";
            case 415 -> "Send the body as application/json.";
            default -> "The request was refused.";
        };
    }
}
