package tw.netzero.portal.domain.model.intensity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.shared.ActivityUnit;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * The alliance's emissions intensity per reporting year, like for like (decision 0031): the scope
 * 1 + 2 of the members that filed revenue divided by the revenue of the same members, never the
 * alliance's whole emissions by the revenue of some. Output intensities are per unit of output
 * (units compared as {@link ActivityUnit} does: tonnes of steel and MWh do not add up), over the
 * members that filed output in that unit. Decision 0042; ESRS E1-6 (ESRS E1 paragraphs 53-55).
 *
 * <p>Per industry group the intensity is revenue-weighted, never a median of the members' intensities: the
 * group's scope 1 + 2 over the group's revenue, among its members that filed revenue that year (decision
 * 0048). That is ESRS E1-6's ratio (total emissions ÷ net revenue, ESRS E1 paragraphs 53-55) taken as if
 * the group were one undertaking, so the group lines add up to the alliance's line and a large emitter
 * weighs as much as it emits; a median would show the typical member and hide the plants that make up
 * most of the city's emissions.
 *
 * @param byRevenue one line per year in which at least one member filed revenue, oldest first
 * @param byOutput  one line per year and unit, oldest year first, then by unit
 * @param byGroup   one line per year and industry group in which a member of the group filed revenue,
 *                  oldest year first, then in the groups' order
 */
public record AllianceIntensity(List<RevenueLine> byRevenue, List<OutputLine> byOutput, List<GroupLine> byGroup)
        implements Serializable {

    public AllianceIntensity {
        byRevenue = List.copyOf(byRevenue);
        byOutput = List.copyOf(byOutput);
        byGroup = List.copyOf(byGroup);
    }

    /** The lines of the years up to {@code reportingYear} (each year's lines stand on their own). */
    public AllianceIntensity upTo(Year reportingYear) {
        return new AllianceIntensity(
                byRevenue.stream().filter(line -> !line.year().isAfter(reportingYear)).toList(),
                byOutput.stream().filter(line -> !line.year().isAfter(reportingYear)).toList(),
                byGroup.stream().filter(line -> !line.revenue().year().isAfter(reportingYear)).toList());
    }

    /** An industry group's revenue-weighted intensity in a year (its {@link RevenueLine} over its members). */
    public record GroupLine(IndustryGroup group, RevenueLine revenue) implements Serializable {
    }

    /** Every line, per group too, over members' years (one per member and year: its accepted, current filing). */
    public static AllianceIntensity ofMembers(Collection<MemberIntensity> memberYears) {
        AllianceIntensity alliance = of(memberYears.stream().map(MemberIntensity::year).toList());
        Map<Year, Map<IndustryGroup, RevenueLine>> groups = new TreeMap<>();
        for (MemberIntensity member : memberYears) {
            YearIntensity year = member.year();
            if (year.netRevenueMillionNtd() != null) {
                groups.computeIfAbsent(year.year(), y -> new EnumMap<>(IndustryGroup.class)).merge(member.group(),
                        RevenueLine.of(year), AllianceIntensity::plus);
            }
        }
        List<GroupLine> byGroup = new ArrayList<>();
        groups.values().forEach(lines -> lines.forEach((group, line) -> byGroup.add(new GroupLine(group, line))));
        return new AllianceIntensity(alliance.byRevenue(), alliance.byOutput(), byGroup);
    }

    /**
     * @param members              the members that filed revenue for the year
     * @param netRevenueMillionNtd their summed net revenue
     * @param scope12MarketBased   their summed scope 1 + market-based scope 2
     * @param scope12LocationBased their summed scope 1 + location-based scope 2
     */
    public record RevenueLine(Year year, int members, BigDecimal netRevenueMillionNtd, Emissions scope12MarketBased,
                              Emissions scope12LocationBased) implements Serializable {

        /** One member's year with revenue. */
        static RevenueLine of(YearIntensity memberYear) {
            return new RevenueLine(memberYear.year(), 1, memberYear.netRevenueMillionNtd(),
                    memberYear.scope12MarketBased(), memberYear.scope12LocationBased());
        }

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

    /** The alliance's lines, without the groups, over members' years (one per member and year). */
    public static AllianceIntensity of(Collection<YearIntensity> memberYears) {
        Map<Year, RevenueLine> revenue = new TreeMap<>();
        Map<Year, Map<String, OutputLine>> output = new TreeMap<>();
        List<YearIntensity> ordered = new ArrayList<>(memberYears);
        // The alphabetically first spelling of a unit names its line: a stable order, so the name never flickers.
        ordered.sort(Comparator.comparing(YearIntensity::year)
                .thenComparing(memberYear -> String.valueOf(memberYear.productionUnit())));
        for (YearIntensity memberYear : ordered) {
            if (memberYear.netRevenueMillionNtd() != null) {
                revenue.merge(memberYear.year(), RevenueLine.of(memberYear), AllianceIntensity::plus);
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
        return new AllianceIntensity(List.copyOf(revenue.values()), outputLines, List.of());
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
