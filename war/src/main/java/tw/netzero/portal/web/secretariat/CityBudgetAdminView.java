package tw.netzero.portal.web.secretariat;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import tw.netzero.portal.application.budget.CityBudgetPeriodDetails;
import tw.netzero.portal.application.budget.CityBudgetService;
import tw.netzero.portal.domain.model.budget.CityBudgetUse;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * secretariat/city-budget.xhtml (secretariat admins): enter a period of the city's carbon budget; the
 * periods with the members' use of them below, as the public page shows them.
 */
@Named
@ViewScoped
public class CityBudgetAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CityBudgetService cityBudget;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    private List<CityBudgetUse> uses;

    /** The form proposes the ordinance's first period. */
    private Integer firstYear = CityBudgetPeriodDetails.PROPOSED_FIRST_YEAR.getValue();
    private Integer lastYear = CityBudgetPeriodDetails.PROPOSED_LAST_YEAR.getValue();
    private BigDecimal budgetTonnes;
    private String source;

    @PostConstruct
    void load() {
        uses = cityBudget.uses();
    }

    public void enter() {
        serviceCall.call("budget", () -> cityBudget.enter(firstYear, lastYear, budgetTonnes, source))
                .ifPresent(period -> {
                    messages.info("budget.entered", period.firstYear().getValue(), period.lastYear().getValue());
                    budgetTonnes = null;
                    source = null;
                    load();
                });
    }

    public List<CityBudgetUse> getUses() {
        return uses;
    }

    public Integer getFirstYear() {
        return firstYear;
    }

    public void setFirstYear(Integer firstYear) {
        this.firstYear = firstYear;
    }

    public Integer getLastYear() {
        return lastYear;
    }

    public void setLastYear(Integer lastYear) {
        this.lastYear = lastYear;
    }

    public BigDecimal getCityBudget() {
        return budgetTonnes;
    }

    public void setCityBudget(BigDecimal cityBudget) {
        this.budgetTonnes = cityBudget;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
