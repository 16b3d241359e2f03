package tw.netzero.portal.domain.model.intensity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;
import tw.netzero.portal.domain.model.filing.ReportingYearFigures;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * A member's emissions intensity in one reporting year, from its accepted filing: scope 1 + 2 per
 * million NTD of net revenue (ESRS E1-6, Commission Delegated Regulation (EU) 2023/2772, ESRS E1
 * paragraphs 53-55) and per unit of production output, each with scope 2 counted both ways, as
 * ESRS E1 (application requirements AR 53-55) and the GHG Protocol Scope 2 Guidance ask (decision 0042).
 *
 * <p>Scope 1 + 2, not ESRS's total with scope 3: members leave scope 3 categories "not evaluated"
 * unevenly, so a total with scope 3 would compare unlike with unlike across members and years
 * (decision 0031). Revenue and output are optional in a filing; an intensity is null without them.
 *
 * @param netRevenueMillionNtd net revenue in million NTD, null when not filed
 * @param productionOutput     in {@code productionUnit}, null when not filed
 */
public record YearIntensity(Year year, Emissions scope12MarketBased, Emissions scope12LocationBased,
                            BigDecimal netRevenueMillionNtd, BigDecimal productionOutput, String productionUnit)
        implements Serializable {

    public YearIntensity {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(scope12MarketBased, "scope12MarketBased");
        Objects.requireNonNull(scope12LocationBased, "scope12LocationBased");
        if (productionOutput != null && productionUnit == null) {
            throw new IllegalArgumentException("Production output without its unit: " + productionOutput);
        }
    }

    /** The year's scope 1 + 2 both ways and the activity its filing states. */
    public static YearIntensity of(ReportingYearFigures figures) {
        return new YearIntensity(figures.year(), figures.scope1().add(figures.scope2MarketBased()),
                figures.scope1().add(figures.scope2LocationBased()), figures.netRevenue(),
                figures.productionOutput(), figures.productionOutput() == null ? null : figures.productionUnit());
    }

    /** Whether the filing stated revenue or output, so there is an intensity to show. */
    public boolean hasActivity() {
        return netRevenueMillionNtd != null || productionOutput != null;
    }

    /** t CO2e (scope 1 + market-based scope 2) per million NTD; null without revenue. */
    public EmissionsIntensity perMillionNtdMarketBased() {
        return EmissionsIntensity.of(scope12MarketBased, netRevenueMillionNtd);
    }

    /** t CO2e (scope 1 + location-based scope 2) per million NTD; null without revenue. */
    public EmissionsIntensity perMillionNtdLocationBased() {
        return EmissionsIntensity.of(scope12LocationBased, netRevenueMillionNtd);
    }

    /** t CO2e (scope 1 + market-based scope 2) per unit of output; null without output. */
    public EmissionsIntensity perUnitMarketBased() {
        return EmissionsIntensity.of(scope12MarketBased, productionOutput);
    }

    /** t CO2e (scope 1 + location-based scope 2) per unit of output; null without output. */
    public EmissionsIntensity perUnitLocationBased() {
        return EmissionsIntensity.of(scope12LocationBased, productionOutput);
    }
}
