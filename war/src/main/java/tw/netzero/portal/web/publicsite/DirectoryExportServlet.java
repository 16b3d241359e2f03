package tw.netzero.portal.web.publicsite;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import tw.netzero.portal.application.publicdata.MemberDirectory;
import tw.netzero.portal.domain.model.directory.DirectoryRequest;
import tw.netzero.portal.domain.model.directory.DirectoryRow;
import tw.netzero.portal.domain.model.directory.DirectorySnapshot;
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
public class DirectoryExportServlet extends TableDownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberDirectory directory;

    @Override
    protected Download download(HttpServletRequest request, Language language) {
        DirectoryRequest asked = DirectoryParameters.parse(request::getParameter, MemberDirectoryView.defaultSort(language));
        DirectorySnapshot snapshot = directory.snapshot();
        String page = directoryPage(request)
                + MemberDirectoryView.query(asked.withPage(1), MemberDirectoryView.defaultSort(language));
        List<DirectoryRow> rows = snapshot.select(asked);
        return new Download(DirectoryTables.of(rows.subList(0, Math.min(rows.size(), MemberDirectory.EXPORT_MAX_ROWS)),
                snapshot.asOf(), page, language.getLocale()), "alliance-members");
    }
}
