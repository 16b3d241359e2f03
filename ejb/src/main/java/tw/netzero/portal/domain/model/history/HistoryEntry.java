package tw.netzero.portal.domain.model.history;

import java.io.Serializable;
import java.time.Year;
import java.util.Objects;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * One company's inventory for one past year, as a row of the history import states it:
 * scope 1, scope 2 both ways, scope 3 as a total, and whether scopes 1 and 2 were verified.
 */
public record HistoryEntry(Ubn ubn, Year year, Emissions scope1, Emissions scope2LocationBased,
                           Emissions scope2MarketBased, Emissions scope3, boolean verified) implements Serializable {

    public HistoryEntry {
        Objects.requireNonNull(ubn, "ubn");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(scope1, "scope1");
        Objects.requireNonNull(scope2LocationBased, "scope2LocationBased");
        Objects.requireNonNull(scope2MarketBased, "scope2MarketBased");
        Objects.requireNonNull(scope3, "scope3");
    }
}
