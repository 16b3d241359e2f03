package tw.netzero.portal.web.publicsite;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.web.i18n.Language;
import tw.netzero.portal.web.support.DataTable;
import tw.netzero.portal.web.support.TableFiles;

/**
 * A public table download, {@code ?format=csv|xlsx} and the table's own parameters: a plain GET link
 * from a public page, no session, written by {@link TableFiles} in the visitor's language. An unknown
 * format is answered by {@link TableFiles#requested}, a bad parameter of the table with 400.
 */
abstract class TableDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Language language;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<TableFiles> format = TableFiles.requested(request, response);
        if (format.isEmpty()) {
            return;
        }
        Download download;
        try {
            download = download(request, language);
        } catch (FieldRuleViolation badParameter) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        format.get().sendAsDownload(download.table(), download.baseName(), response);
    }

    /** The table asked for; a {@link FieldRuleViolation} when a parameter of it cannot be read. */
    protected abstract Download download(HttpServletRequest request, Language language);

    /** The address of the members' directory beside this download, where its rows come from. */
    protected static String directoryPage(HttpServletRequest request) {
        return request.getRequestURL().toString().replace(request.getServletPath(), "/public/members.xhtml");
    }

    /** A table and the file name it is sent under (without the extension). */
    protected record Download(DataTable table, String baseName) {
    }
}
