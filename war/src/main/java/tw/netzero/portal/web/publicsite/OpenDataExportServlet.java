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
import tw.netzero.portal.web.support.DataTable;
import tw.netzero.portal.web.support.TableFiles;

/**
 * The open-data downloads beside the directory's, written by the same {@link TableFiles}; plain GET links
 * from the directory page, no session:
 * <ul>
 * <li>{@code /public/targets-export?format=csv|xlsx}: every target of each active member's approved pledge
 * version in force, in the columns of SBTi's target dashboard ({@link TargetTables});</li>
 * <li>{@code /public/intensity-export?format=csv|xlsx}: each active member's emissions intensity by accepted
 * year where the filing states net revenue or production output ({@link MemberIntensityTables}, decision 0048).</li>
 * </ul>
 */
@WebServlet({OpenDataExportServlet.TARGETS, OpenDataExportServlet.INTENSITY})
public class OpenDataExportServlet extends HttpServlet {

    static final String TARGETS = "/public/targets-export";
    static final String INTENSITY = "/public/intensity-export";

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
        boolean targets = TARGETS.equals(request.getServletPath());
        String page = request.getRequestURL().toString().replace(targets ? "/targets-export" : "/intensity-export",
                "/members.xhtml");
        DataTable table = targets ? TargetTables.of(directory.approvedTargets(), page, language.getLocale())
                : MemberIntensityTables.of(directory.intensities(), page, language.getLocale());
        format.get().sendAsDownload(table, targets ? "alliance-targets" : "alliance-intensity", response);
    }
}
