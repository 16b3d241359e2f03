package tw.netzero.portal.web.publicsite;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import tw.netzero.portal.application.publicdata.MemberDirectory;
import tw.netzero.portal.web.i18n.Language;
import tw.netzero.portal.web.support.TableFiles;

/**
 * {@code /public/targets-export?format=csv|xlsx}: open data of every target of each active
 * member's approved pledge version in force, in the columns of SBTi's target dashboard
 * ({@link TargetTables}), written by the same {@link TableFiles} as the directory's download.
 * A plain GET link from the directory page; no session.
 */
@WebServlet("/public/targets-export")
public class TargetsExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberDirectory directory;

    @Inject
    private Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<TableFiles> format = TableFiles.ofExtension(request.getParameter("format"));
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String page = request.getRequestURL().toString().replace("/targets-export", "/members.xhtml");
        var table = TargetTables.of(directory.approvedTargets(), page, language.getLocale());
        format.get().sendAsDownload(table, "alliance-targets", response);
    }
}
