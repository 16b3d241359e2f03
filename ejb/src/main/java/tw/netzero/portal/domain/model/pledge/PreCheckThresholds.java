package tw.netzero.portal.domain.model.pledge;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * The numbers the pre-check measures a pledge against. The defaults are the SBTi criteria as
 * summarised in the domain brief (section "Pledges"); the secretariat may configure others.
 * Annual rates may carry at most {@link Target#RATE_SCALE} decimals.
 */
public record PreCheckThresholds(
        int nearTermMinYears,
        int nearTermMaxYears,
        Year earliestBaseYear,
        Percentage minScope12Coverage,
        BigDecimal onePointFiveAnnualRate,
        BigDecimal wellBelowTwoAnnualRate,
        Percentage scope3SignificantShare,
        Percentage minScope3NearTermCoverage,
        Percentage minScope3LongTermCoverage,
        Percentage longTermMinReduction,
        Year latestNetZeroYear) {

    /** SBTi: a near-term target lies 5 to 10 years from the date of submission (lower bound). */
    public static final int NEAR_TERM_MIN_YEARS = 5;
    /** SBTi: a near-term target lies 5 to 10 years from the date of submission (upper bound). */
    public static final int NEAR_TERM_MAX_YEARS = 10;
    /** SBTi: base year no earlier than 2015. */
    public static final Year EARLIEST_BASE_YEAR = Year.of(2015);
    /** SBTi: targets cover at least 95 % of scope 1+2. */
    public static final Percentage MIN_SCOPE12_COVERAGE = Percentage.of("95");
    /** SBTi: at least 4.2 %/yr linear reduction of scope 1+2 is 1.5 °C-aligned. */
    public static final BigDecimal ONE_POINT_FIVE_ANNUAL_RATE = new BigDecimal("4.2");
    /** SBTi: at least 2.5 %/yr is well-below 2 °C (one secondary source says 2.6 % for scope 3). */
    public static final BigDecimal WELL_BELOW_TWO_ANNUAL_RATE = new BigDecimal("2.5");
    /** SBTi: scope 3 targets are required when scope 3 is at least 40 % of total emissions. */
    public static final Percentage SCOPE3_SIGNIFICANT_SHARE = Percentage.of("40");
    /** SBTi: a near-term target then covers at least 67 % of scope 3. */
    public static final Percentage MIN_SCOPE3_NEAR_TERM_COVERAGE = Percentage.of("67");
    /** SBTi: a long-term target then covers at least 90 % of scope 3. */
    public static final Percentage MIN_SCOPE3_LONG_TERM_COVERAGE = Percentage.of("90");
    /** SBTi: a long-term (net-zero) target reduces at least 90 % from the base year. */
    public static final Percentage LONG_TERM_MIN_REDUCTION = Percentage.of("90");
    /** SBTi: net zero by 2050 at the latest. */
    public static final Year LATEST_NET_ZERO_YEAR = Year.of(2050);

    public static final PreCheckThresholds DEFAULTS = new PreCheckThresholds(
            NEAR_TERM_MIN_YEARS, NEAR_TERM_MAX_YEARS, EARLIEST_BASE_YEAR, MIN_SCOPE12_COVERAGE,
            ONE_POINT_FIVE_ANNUAL_RATE, WELL_BELOW_TWO_ANNUAL_RATE, SCOPE3_SIGNIFICANT_SHARE,
            MIN_SCOPE3_NEAR_TERM_COVERAGE, MIN_SCOPE3_LONG_TERM_COVERAGE, LONG_TERM_MIN_REDUCTION,
            LATEST_NET_ZERO_YEAR);

    public PreCheckThresholds {
        Objects.requireNonNull(earliestBaseYear, "earliestBaseYear");
        Objects.requireNonNull(minScope12Coverage, "minScope12Coverage");
        Objects.requireNonNull(scope3SignificantShare, "scope3SignificantShare");
        Objects.requireNonNull(minScope3NearTermCoverage, "minScope3NearTermCoverage");
        Objects.requireNonNull(minScope3LongTermCoverage, "minScope3LongTermCoverage");
        Objects.requireNonNull(longTermMinReduction, "longTermMinReduction");
        Objects.requireNonNull(latestNetZeroYear, "latestNetZeroYear");
        if (nearTermMinYears > nearTermMaxYears) {
            throw new IllegalArgumentException("Near-term window " + nearTermMinYears + ".." + nearTermMaxYears);
        }
        if (wellBelowTwoAnnualRate.compareTo(onePointFiveAnnualRate) > 0
                || onePointFiveAnnualRate.scale() > Target.RATE_SCALE
                || wellBelowTwoAnnualRate.scale() > Target.RATE_SCALE) {
            throw new IllegalArgumentException("Annual rates " + wellBelowTwoAnnualRate + ", " + onePointFiveAnnualRate);
        }
    }
}
