package tw.netzero.portal.web.publicsite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import tw.netzero.portal.application.budget.CityBudgetService;
import tw.netzero.portal.domain.model.budget.CityBudgetUse;

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
}
