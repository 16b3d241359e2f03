package tw.netzero.portal.web.publicsite;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import tw.netzero.portal.application.publicdata.MemberDirectory;
import tw.netzero.portal.web.i18n.Language;
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
public class OpenDataExportServlet extends TableDownloadServlet {

    static final String TARGETS = "/public/targets-export";
    static final String INTENSITY = "/public/intensity-export";

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberDirectory directory;

    @Override
    protected Download download(HttpServletRequest request, Language language) {
        String page = directoryPage(request);
        return TARGETS.equals(request.getServletPath())
                ? new Download(TargetTables.of(directory.approvedTargets(), page, language.getLocale()), "alliance-targets")
                : new Download(MemberIntensityTables.of(directory.intensities(), page, language.getLocale()),
                        "alliance-intensity");
    }
}
