package tw.netzero.portal.infrastructure.demo;

import java.util.Map;
import java.util.Random;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * The emissions of one fictional member company over the years: a base-year inventory of its industry's
 * size and scope mix, a base year and the pace at which it really changes (decision 0058). The one
 * source of realism for both the run command's demo data ({@link DemoAlliance}) and the benchmarks'
 * generator (src/bench AllianceGenerator); they add the rows, this says what is in them. Deterministic:
 * every draw comes from the {@link Random} the caller passes ({@link #seedOf} gives one per member).
 *
 * @param inventory    the base-year inventory in t CO2e
 * @param baseYear     the pledge's base year
 * @param annualChange the year-on-year change of the total from the base year on (-0.05 is 5 % less a year)
 */
public record SyntheticMember(Inventory inventory, int baseYear, double annualChange) {

    /** SBTi criteria v5: no base year before 2015 (shared/domain.md). */
    public static final int FIRST_BASE_YEAR = 2015;
    /** Base years drawn: 2015 to 2021, the years the alliance's members chose before it was founded in 2022. */
    static final int BASE_YEARS = 7;
    /** Three quarters of the members reduce at or above a 1.5 °C pace, the others too slowly or even grow. */
    static final double REDUCING_SHARE = 0.75;
    /** A reducing member cuts 4.5 to 7.5 % a year: around SBTi's 4.2 %/yr for 1.5 °C (shared/domain.md). */
    static final double FASTEST_CUT = -0.075;
    static final double SLOWEST_CUT = -0.045;
    /** A lagging member changes between -1 % and +2 % a year. */
    static final double LAGGING_LOW = -0.01;
    static final double LAGGING_HIGH = 0.02;
    /** Growth before the base year (organic growth of Taiwan's industry). */
    static final double GROWTH_BEFORE_BASE_YEAR = 0.015;
    /** Year-to-year noise of a filed total (one standard deviation). */
    static final double NOISE = 0.03;
    /** SBTi's 1.5 °C linear annual rate for scope 1+2, per cent a year (shared/domain.md). */
    public static final double ONE_POINT_FIVE_RATE = 4.2;
    /** The largest near-term reduction drawn, per cent. */
    static final double MOST_NEAR_TERM_REDUCTION = 90;
    /** A single site's scope 1 at most: the size of Taiwan's largest steelworks. */
    static final double LARGEST_SCOPE1 = 20_000_000;

    /** Scope 3 categories a member reports and their share of its scope 3; the others are not relevant. */
    public static final Map<Scope3Category, Double> REPORTED_SCOPE3 = Map.of(
            Scope3Category.PURCHASED_GOODS_AND_SERVICES, 0.50,
            Scope3Category.FUEL_AND_ENERGY_RELATED_ACTIVITIES, 0.10,
            Scope3Category.UPSTREAM_TRANSPORTATION_AND_DISTRIBUTION, 0.20,
            Scope3Category.BUSINESS_TRAVEL, 0.03,
            Scope3Category.EMPLOYEE_COMMUTING, 0.02,
            Scope3Category.USE_OF_SOLD_PRODUCTS, 0.15);

    /** An inventory in t CO2e. */
    public record Inventory(double scope1, double scope2Location, double scope2Market, double scope3) {

        /** Scope 1 + market-based scope 2 + scope 3, as the pledges count it. */
        public double total() {
            return scope1 + scope2Market + scope3;
        }

        /** The same mix of scopes at another total. */
        public Inventory scaledTo(double total) {
            double factor = total / total();
            return new Inventory(scope1 * factor, scope2Location * factor, scope2Market * factor, scope3 * factor);
        }
    }

    /**
     * A member of the group drawn from {@code random}: its base year, its pace, then its inventory.
     *
     * @param size 1 for the bench's alliance of mostly small and medium firms (medians of a few to some
     *             tens of kilotonnes of scope 1); more for the founding members, the city's large emitters
     */
    public static SyntheticMember draw(IndustryGroup group, double size, Random random) {
        int baseYear = FIRST_BASE_YEAR + random.nextInt(BASE_YEARS);
        double annualChange = random.nextDouble() < REDUCING_SHARE
                ? FASTEST_CUT + random.nextDouble() * (SLOWEST_CUT - FASTEST_CUT)
                : LAGGING_LOW + random.nextDouble() * (LAGGING_HIGH - LAGGING_LOW);
        return new SyntheticMember(inventory(group, size, random), baseYear, annualChange);
    }

    /** A base-year inventory: lognormal scope 1 (σ 1.3, a long tail), the group's scope 2 and scope 3 mix. */
    static Inventory inventory(IndustryGroup group, double size, Random random) {
        double medianScope1 = switch (group) {
            case STEEL -> 25_000;
            case PETROCHEMICALS -> 20_000;
            case ENERGY -> 40_000;
            case ELECTRONICS -> 5_000;
            case CIRCULAR_ECONOMY -> 1_500;
        };
        // Electronics buy most of their energy; power plants make theirs.
        double scope2Ratio = switch (group) {
            case STEEL -> 0.15;
            case PETROCHEMICALS -> 0.20;
            case ENERGY -> 0.05;
            case ELECTRONICS -> 1.80;
            case CIRCULAR_ECONOMY -> 0.60;
        };
        double scope1 = Math.min(size * medianScope1 * Math.exp(1.3 * random.nextGaussian()), LARGEST_SCOPE1);
        double scope2Location = scope1 * scope2Ratio * (0.8 + random.nextDouble() * 0.4);
        double scope2Market = scope2Location * (0.85 + random.nextDouble() * 0.15);
        double scope3 = (scope1 + scope2Market) * (0.2 + random.nextDouble() * 0.6);
        return new Inventory(scope1, scope2Location, scope2Market, scope3);
    }

    /** Whether the member cuts at a 1.5 °C pace or faster (three quarters do), so it keeps to its pathway. */
    public boolean reducing() {
        return annualChange <= SLOWEST_CUT;
    }

    /** The total the member's trend gives for a year, before noise: growing up to the base year, then its pace. */
    public double trendTotalIn(int year) {
        double rate = year < baseYear ? GROWTH_BEFORE_BASE_YEAR : annualChange;
        return inventory.total() * Math.pow(1 + rate, year - baseYear);
    }

    /** The total filed for a year: the trend with a few per cent of noise, never negative. */
    public double filedTotalIn(int year, Random random) {
        return Math.max(0, trendTotalIn(year) * (1 + random.nextGaussian() * NOISE));
    }

    /** The inventory filed for a year: the base year's mix of scopes at the year's filed total. */
    public Inventory filedIn(int year, Random random) {
        return inventory.scaledTo(filedTotalIn(year, random));
    }

    /**
     * A near-term reduction in per cent from the base year to {@code targetYear}: 4.2 to 5.2 % a year, so
     * at least 1.5 °C-aligned, at most {@link #MOST_NEAR_TERM_REDUCTION}.
     */
    public double nearTermReduction(int targetYear, Random random) {
        return Math.min(MOST_NEAR_TERM_REDUCTION, (ONE_POINT_FIVE_RATE + random.nextDouble()) * (targetYear - baseYear));
    }

    /**
     * A seed per member that does not depend on the order of generation. Mixed (SplitMix64's finaliser)
     * because java.util.Random's first draws from neighbouring seeds are nearly equal.
     */
    public static long seedOf(long seed, long member) {
        long z = seed * 0x9E3779B97F4A7C15L + member;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
