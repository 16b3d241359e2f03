package tw.netzero.portal.web.secretariat;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Year;
import java.util.Optional;
import tw.netzero.portal.application.publicdata.AllianceDashboard;
import tw.netzero.portal.application.publicdata.AllianceFigures;
import tw.netzero.portal.application.publicdata.AllianceIntensityService;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.web.i18n.Language;
import tw.netzero.portal.web.support.DataTable;
import tw.netzero.portal.web.support.TableFiles;

/**
 * The dashboard's tables as downloads: {@code /secretariat/dashboard-export?table=like-for-like|bridge|totals-by-year|
 * by-industry-group|coverage|approved-targets|intensity-by-revenue|intensity-by-output|intensity-by-industry-group
 * &format=csv|xlsx&year=2024}, with headers in the reader's language.
 * A plain GET link rather than PrimeFaces' p:dataExporter: no postback or script is needed under
 * the content security policy, the files are written exactly as specified (CSV with a BOM,
 * numbers as numbers) and the tables come from the same definitions as the page. Only the
 * secretariat reaches it (web.xml for /secretariat/*, and the service's roles).
 */
@WebServlet("/secretariat/dashboard-export")
public class DashboardExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AllianceDashboard dashboard;

    @Inject
    private Language language;

    @Inject
    private DashboardContents contents;

    @Inject
    private AllianceIntensityService intensity;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<DashboardTables.Name> table = DashboardTables.Name.ofFileName(request.getParameter("table"));
        Optional<IntensityTables.Name> intensityTable = IntensityTables.Name.ofFileName(request.getParameter("table"));
        Optional<TableFiles> format = TableFiles.ofExtension(request.getParameter("format"));
        if (table.isEmpty() && intensityTable.isEmpty() || format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AllianceFigures figures;
        try {
            String year = request.getParameter("year");
            figures = dashboard.figures(year == null ? dashboard.latestReportingYear() : Year.of(Integer.parseInt(year)));
        } catch (NumberFormatException | java.time.DateTimeException | DomainRuleViolation badYear) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        // The page's own tables, made from the same kept figures; the intensity's from the same read as the page's.
        DataTable content = table.isPresent() ? contents.of(figures, language.getLocale()).table(table.get())
                : IntensityTables.of(intensityTable.get(), intensity.upTo(figures.reportingYear()),
                        DashboardTables.Texts.of(language.getLocale()));
        response.setHeader("Cache-Control", "private, no-store");
        format.get().sendAsDownload(content, "alliance-" + content.name() + "-" + figures.reportingYear().getValue(),
                response);
    }
}
