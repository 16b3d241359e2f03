package tw.netzero.portal.domain.model.filing;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * A reporting year's figures as a progress filing gives them, independent of the JPA entity:
 * scope 1, scope 2 both ways (GHG Protocol Scope 2 Guidance), scope 3 per category (reported,
 * not relevant or not evaluated), and optional activity for intensity targets: production
 * output in {@code productionUnit} (the unit of a physical-intensity target's denominator, e.g.
 * t of steel) and net revenue (million NTD, for economic-intensity targets). Null activity means
 * not given.
 *
 * @param importedScope3Total the scope 3 total of a year from the history import, whose records hold
 *                            no categories (null for a filed year): a boundary with scope 3 counts it
 *                            whole, as it is (docs/domain-rules.md, section 7)
 */
public record ReportingYearFigures(Year year, Emissions scope1, Emissions scope2LocationBased,
                                   Emissions scope2MarketBased, List<Scope3Entry> scope3, BigDecimal productionOutput,
                                   String productionUnit, BigDecimal netRevenue, Emissions importedScope3Total) {

    public ReportingYearFigures {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(scope1, "scope1");
        Objects.requireNonNull(scope2LocationBased, "scope2LocationBased");
        Objects.requireNonNull(scope2MarketBased, "scope2MarketBased");
        scope3 = List.copyOf(scope3);
        if (scope3.stream().map(Scope3Entry::category).distinct().count() != scope3.size()) {
            throw new IllegalArgumentException("A scope 3 category appears twice: " + scope3);
        }
    }

    /** A filed year's figures (scope 3 by category). */
    public ReportingYearFigures(Year year, Emissions scope1, Emissions scope2LocationBased,
                                Emissions scope2MarketBased, List<Scope3Entry> scope3, BigDecimal productionOutput,
                                String productionUnit, BigDecimal netRevenue) {
        this(year, scope1, scope2LocationBased, scope2MarketBased, scope3, productionOutput, productionUnit, netRevenue,
                null);
    }

    /** A complete filing's figures, with the activity it states. */
    public static ReportingYearFigures of(ProgressFiling filing) {
        return new ReportingYearFigures(filing.reportingYear(), filing.scope1(), filing.scope2LocationBased(),
                filing.scope2MarketBased(), filing.scope3(), filing.productionOutput(), filing.productionUnit(),
                filing.netRevenueMillionNtd(), filing.isImported() ? filing.scope3Total() : null);
    }

    /**
     * The figures of a complete draft for its reporting year: what the on-track preview judges
     * before the filing is submitted (issue 20, feature 4).
     */
    public static ReportingYearFigures of(Year year, FilingDraft draft) {
        if (!draft.isComplete()) {
            throw new DomainRuleViolation("filing.incomplete");
        }
        List<Scope3Entry> scope3 = draft.scope3().entrySet().stream()
                .map(entry -> entry.getValue().toEntry(entry.getKey())).toList();
        return new ReportingYearFigures(year, Emissions.of(draft.scope1()), Emissions.of(draft.scope2LocationBased()),
                Emissions.of(draft.scope2MarketBased()), scope3, draft.productionOutput(), draft.productionUnit(),
                draft.netRevenueMillionNtd());
    }

    /**
     * Scope 1 + market-based scope 2 + scope 3 (the reported categories, or an imported year's
     * total): the year's total as {@link ProgressFiling#totalEmissions()} counts it.
     */
    public Emissions totalEmissions() {
        Emissions scope3Total = importedScope3Total != null ? importedScope3Total
                : scope3.stream().map(Scope3Entry::emissionsOrZero).reduce(Emissions.ZERO, Emissions::add);
        return scope1.add(scope2MarketBased).add(scope3Total);
    }

    /**
     * Scope 1 + location-based scope 2: purchased energy at the grid's factor, as a city inventory
     * (GPC 2014, decision 0037) and MOENV's registration (decision 0043) count it.
     */
    public Emissions scope1AndLocationBasedScope2() {
        return scope1.add(scope2LocationBased);
    }

    /** Scope 2 counted by the given method. */
    public Emissions scope2(Scope2Method method) {
        return method == Scope2Method.MARKET_BASED ? scope2MarketBased : scope2LocationBased;
    }

    /** The entry of a category; empty when the filing does not mention it. */
    public Optional<Scope3Entry> scope3Entry(Scope3Category category) {
        return Optional.ofNullable(scope3ByCategory().get(category));
    }

    private Map<Scope3Category, Scope3Entry> scope3ByCategory() {
        Map<Scope3Category, Scope3Entry> byCategory = new EnumMap<>(Scope3Category.class);
        scope3.forEach(entry -> byCategory.put(entry.category(), entry));
        return Collections.unmodifiableMap(byCategory);
    }
}
