package tw.netzero.portal.domain.model.pledge;

import java.time.Year;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * The greenhouse-gas inventory of the base year a pledge is measured against. Scope 2 is kept
 * both ways (the GHG Protocol asks for both); {@code scope2Method} says which one the targets
 * use. The coverages say which share of scope 1+2 and of scope 3 one combined target covers
 * (pledges before V17, tests); null when the targets state their own (decision 0016).
 */
public record BaseYearInventory(
        Year year,
        Emissions scope1,
        Emissions scope2LocationBased,
        Emissions scope2MarketBased,
        Scope2Method scope2Method,
        Emissions scope3,
        Set<Scope3Category> coveredScope3Categories,
        Percentage scope12Coverage,
        Percentage scope3Coverage) {

    public BaseYearInventory {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(scope1, "scope1");
        Objects.requireNonNull(scope2LocationBased, "scope2LocationBased");
        Objects.requireNonNull(scope2MarketBased, "scope2MarketBased");
        Objects.requireNonNull(scope2Method, "scope2Method");
        Objects.requireNonNull(scope3, "scope3");
        // An EnumSet keeps the categories in GHG Protocol order for display.
        coveredScope3Categories = Collections.unmodifiableSet(coveredScope3Categories.stream()
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope3Category.class))));
    }

    /** Scope 2 counted the way the targets use. */
    public Emissions scope2() {
        return scope2Method == Scope2Method.MARKET_BASED ? scope2MarketBased : scope2LocationBased;
    }

    public Emissions scope12() {
        return scope1.add(scope2());
    }

    /** Scope 1 + chosen scope 2 + scope 3: the level the pathway starts from. */
    public Emissions total() {
        return scope12().add(scope3);
    }

    /** Scope 3 as a share of the total. */
    public Percentage scope3Share() {
        return Percentage.ofShare(scope3.tonnes(), total().tonnes());
    }
}
