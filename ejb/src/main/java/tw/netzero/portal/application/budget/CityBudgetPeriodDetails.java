package tw.netzero.portal.application.budget;

import java.io.Serializable;
import java.time.Year;
import tw.netzero.portal.domain.model.budget.CityBudgetPeriod;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * A period of the city's carbon budget as the secretariat has just entered it: a read-only copy of
 * {@link CityBudgetPeriod}, so that no entity reaches a view (issue 19, item 2).
 */
public record CityBudgetPeriodDetails(long id, Year firstYear, Year lastYear, Emissions cityBudget, String source)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The period the entry form proposes: the ordinance's first, 2025–26. */
    public static final Year PROPOSED_FIRST_YEAR = CityBudgetPeriod.KAOHSIUNG_FIRST_YEAR;
    public static final Year PROPOSED_LAST_YEAR = CityBudgetPeriod.KAOHSIUNG_FIRST_LAST_YEAR;

    public static CityBudgetPeriodDetails of(CityBudgetPeriod period) {
        return new CityBudgetPeriodDetails(period.id(), period.firstYear(), period.lastYear(), period.cityBudget(),
                period.source());
    }
}
