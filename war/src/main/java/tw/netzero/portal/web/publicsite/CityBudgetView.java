package tw.netzero.portal.web.publicsite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import tw.netzero.portal.application.budget.CityBudgetService;
import tw.netzero.portal.domain.model.budget.CityBudgetUse;
import tw.netzero.portal.domain.model.budget.FiledScope12Trend;

/**
 * public/city-budget.xhtml: the city's carbon budget periods and the members' use of them, in all and
 * per industry group (decision 0037). A transient view with no form, like the profile: no view state,
 * no session for an anonymous reader. The dashboard shows the same through the same include.
 */
@Named
@RequestScoped
public class CityBudgetView {

    @Inject
    private CityBudgetService cityBudget;

    @Inject
    private FacesContext faces;

    private List<CityBudgetUse> uses;

    private FiledScope12Trend filedTrend;

    public void load() {
        faces.getViewRoot().setTransient(true);
    }

    /** Every period with its use, the latest first; read once per request. */
    public List<CityBudgetUse> getUses() {
        if (uses == null) {
            uses = cityBudget.uses();
        }
        return uses;
    }

    /** The members' filed scope 1 + 2 per year (the trend beside the budget); read once per request. */
    public FiledScope12Trend getFiledTrend() {
        if (filedTrend == null) {
            filedTrend = cityBudget.filedTrend();
        }
        return filedTrend;
    }
}
