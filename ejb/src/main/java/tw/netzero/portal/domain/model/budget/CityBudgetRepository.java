package tw.netzero.portal.domain.model.budget;

import java.util.List;
import java.util.Optional;

/** The city's carbon budget periods. */
public interface CityBudgetRepository {

    Optional<CityBudgetPeriod> find(long id);

    /** Every period, the latest first. */
    List<CityBudgetPeriod> all();

    void add(CityBudgetPeriod period);
}
