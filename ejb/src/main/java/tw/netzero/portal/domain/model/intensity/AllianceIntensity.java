package tw.netzero.portal.domain.model.intensity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.netzero.portal.domain.model.shared.ActivityUnit;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * The alliance's emissions intensity per reporting year, like for like (decision 0031): the scope
 * 1 + 2 of the members that filed revenue divided by the revenue of the same members, never the
 * alliance's whole emissions by the revenue of some. Output intensities are per unit of output
 * (units compared as {@link ActivityUnit} does: tonnes of steel and MWh do not add up), over the
 * members that filed output in that unit. Decision 0042; ESRS E1-6 (ESRS E1 paragraphs 53-55).
 *
 * @param byRevenue one line per year in which at least one member filed revenue, oldest first
 * @param byOutput  one line per year and unit, oldest year first, then by unit
 */
public record AllianceIntensity(List<RevenueLine> byRevenue, List<OutputLine> byOutput) implements Serializable {

    public AllianceIntensity {
        byRevenue = List.copyOf(byRevenue);
        byOutput = List.copyOf(byOutput);
    }

    /**
     * @param members              the members that filed revenue for the year
     * @param netRevenueMillionNtd their summed net revenue
     * @param scope12MarketBased   their summed scope 1 + market-based scope 2
     * @param scope12LocationBased their summed scope 1 + location-based scope 2
     */
    public record RevenueLine(Year year, int members, BigDecimal netRevenueMillionNtd, Emissions scope12MarketBased,
                              Emissions scope12LocationBased) implements Serializable {

        public EmissionsIntensity perMillionNtdMarketBased() {
            return EmissionsIntensity.of(scope12MarketBased, netRevenueMillionNtd);
        }

        public EmissionsIntensity perMillionNtdLocationBased() {
            return EmissionsIntensity.of(scope12LocationBased, netRevenueMillionNtd);
        }
    }

    /**
     * @param unit the unit as first filed that year (the others spell it the same way, by {@link ActivityUnit})
     * @param members the members that filed output in this unit for the year
     */
    public record OutputLine(Year year, String unit, int members, BigDecimal output, Emissions scope12MarketBased,
                             Emissions scope12LocationBased) implements Serializable {

        public EmissionsIntensity perUnitMarketBased() {
            return EmissionsIntensity.of(scope12MarketBased, output);
        }

        public EmissionsIntensity perUnitLocationBased() {
            return EmissionsIntensity.of(scope12LocationBased, output);
        }
    }

    /** The lines over members' years (one per member and year: its accepted, current filing). */
    public static AllianceIntensity of(Collection<YearIntensity> memberYears) {
        Map<Year, RevenueLine> revenue = new TreeMap<>();
        Map<Year, Map<String, OutputLine>> output = new TreeMap<>();
        List<YearIntensity> ordered = new ArrayList<>(memberYears);
        // The alphabetically first spelling of a unit names its line: a stable order, so the name never flickers.
        ordered.sort(Comparator.comparing(YearIntensity::year)
                .thenComparing(memberYear -> String.valueOf(memberYear.productionUnit())));
        for (YearIntensity memberYear : ordered) {
            if (memberYear.netRevenueMillionNtd() != null) {
                revenue.merge(memberYear.year(), new RevenueLine(memberYear.year(), 1,
                        memberYear.netRevenueMillionNtd(), memberYear.scope12MarketBased(),
                        memberYear.scope12LocationBased()), AllianceIntensity::plus);
            }
            if (memberYear.productionOutput() != null) {
                output.computeIfAbsent(memberYear.year(), year -> new LinkedHashMap<>()).merge(
                        ActivityUnit.key(memberYear.productionUnit()),
                        new OutputLine(memberYear.year(), memberYear.productionUnit().strip(), 1,
                                memberYear.productionOutput(), memberYear.scope12MarketBased(),
                                memberYear.scope12LocationBased()), AllianceIntensity::plus);
            }
        }
        List<OutputLine> outputLines = new ArrayList<>();
        output.values().forEach(units -> units.values().stream()
                .sorted(Comparator.comparing(OutputLine::unit)).forEach(outputLines::add));
        return new AllianceIntensity(List.copyOf(revenue.values()), outputLines);
    }

    private static RevenueLine plus(RevenueLine a, RevenueLine b) {
        return new RevenueLine(a.year(), a.members() + b.members(), a.netRevenueMillionNtd().add(b.netRevenueMillionNtd()),
                a.scope12MarketBased().add(b.scope12MarketBased()), a.scope12LocationBased().add(b.scope12LocationBased()));
    }

    private static OutputLine plus(OutputLine a, OutputLine b) {
        return new OutputLine(a.year(), a.unit(), a.members() + b.members(), a.output().add(b.output()),
                a.scope12MarketBased().add(b.scope12MarketBased()), a.scope12LocationBased().add(b.scope12LocationBased()));
    }
}
