package tw.netzero.portal.domain.model.filing;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tw.netzero.portal.domain.model.pledge.BaseYearInventory;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * A complete filing's totals, both ways scope 2 is counted (scope 1 + scope 2 + scope 3), and the
 * scope 3 categories it left "not evaluated": what it takes to compare the year like for like with
 * a pledge's base year (GHG Protocol Scope 2 Guidance: the same scope 2 method; domain brief,
 * "Progress filings": a year with a covered category not evaluated is not comparable). Kept on
 * acceptance (V10, V12) so the directory and the dashboard judge without reading scope 3 lines.
 *
 * @param marketBased   scope 1 + market-based scope 2 + scope 3: what the alliance's sums add up
 * @param locationBased scope 1 + location-based scope 2 + scope 3; null when not kept (before V12)
 */
public record FilingTotals(Emissions marketBased, Emissions locationBased, Set<Scope3Category> notEvaluated) {

    public FilingTotals {
        Objects.requireNonNull(marketBased, "marketBased");
        notEvaluated = Collections.unmodifiableSet(notEvaluated.isEmpty() ? EnumSet.noneOf(Scope3Category.class)
                : EnumSet.copyOf(notEvaluated));
    }

    /**
     * The year's emissions measured as the base year was: with its scope 2 method; empty when a
     * scope 3 category the base year covers was not evaluated (unknown, not zero) or the figure
     * with that method was not kept.
     */
    public Optional<Emissions> measuredLike(BaseYearInventory baseYear) {
        if (baseYear.coveredScope3Categories().stream().anyMatch(notEvaluated::contains)) {
            return Optional.empty();
        }
        return Optional.ofNullable(baseYear.scope2Method() == Scope2Method.LOCATION_BASED ? locationBased : marketBased);
    }
}
