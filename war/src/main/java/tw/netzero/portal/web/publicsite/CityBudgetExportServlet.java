package tw.netzero.portal.web.publicsite;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import tw.netzero.portal.application.budget.CityBudgetService;
import tw.netzero.portal.web.i18n.Language;
import tw.netzero.portal.web.support.TableFiles;

/**
 * {@code /public/city-budget-export?format=csv|xlsx}: the members' use of the city's carbon budget
 * ({@link CityBudgetTables}), written by the same {@link TableFiles} as the directory's download.
 */
@WebServlet("/public/city-budget-export")
public class CityBudgetExportServlet extends TableDownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CityBudgetService cityBudget;

    @Override
    protected Download download(HttpServletRequest request, Language language) {
        return new Download(CityBudgetTables.of(cityBudget.uses(), language.getLocale()), "city-budget");
    }
}
