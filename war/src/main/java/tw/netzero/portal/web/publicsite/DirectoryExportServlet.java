package tw.netzero.portal.web.publicsite;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.application.publicdata.MemberDirectory;
import tw.netzero.portal.domain.model.directory.DirectoryRequest;
import tw.netzero.portal.domain.model.directory.DirectoryRow;
import tw.netzero.portal.domain.model.directory.DirectorySnapshot;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.web.i18n.Language;
import tw.netzero.portal.web.publicdata.DirectoryParameters;
import tw.netzero.portal.web.support.TableFiles;

/**
 * {@code /public/members-export?format=csv|xlsx&<the directory's filter parameters>}: exactly the
 * filtered, sorted rows of the page, all pages (up to {@link MemberDirectory#EXPORT_MAX_ROWS}),
 * written by the same {@link TableFiles} as the dashboard's downloads. A plain GET link from the
 * page; no session.
 */
@WebServlet("/public/members-export")
public class DirectoryExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberDirectory directory;

    @Inject
    private Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<TableFiles> format = TableFiles.requested(request, response);
        if (format.isEmpty()) {
            return;
        }
        DirectoryRequest asked;
        try {
            asked = DirectoryParameters.parse(request::getParameter, MemberDirectoryView.defaultSort(language));
        } catch (FieldRuleViolation badParameter) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        DirectorySnapshot snapshot = directory.snapshot();
        String page = request.getRequestURL().toString().replace("/members-export", "/members.xhtml")
                + MemberDirectoryView.query(asked.withPage(1), MemberDirectoryView.defaultSort(language));
        List<DirectoryRow> rows = snapshot.select(asked);
        var table = DirectoryTables.of(rows.subList(0, Math.min(rows.size(), MemberDirectory.EXPORT_MAX_ROWS)),
                snapshot.asOf(), page, language.getLocale());
        format.get().sendAsDownload(table, "alliance-members", response);
    }
}
