package tw.netzero.portal.domain.model.pledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * The SBTi figures the target pre-check measures against, each as the domain brief
 * (shared/domain.md, section "Pledges") states it, with the criteria version or standard it
 * comes from. Which of them apply to a target depends on {@link SbtiCriteriaVersion}; the reasons
 * are written out for reviewers in docs/domain-rules.md.
 */
public final class SbtiThresholds {

    // --- When each set of criteria took effect ------------------------------------------------

    /** SBTi criteria v4.x published April 2019; judged from 15 April 2019. */
    public static final LocalDate V4_EFFECTIVE = LocalDate.of(2019, 4, 15);
    /** v4.x, six months' grace: from 15 October 2019 no 2 °C (scope 1+2) targets. */
    public static final LocalDate V4_TWO_C_GRACE_ENDS = LocalDate.of(2019, 10, 15);
    /** SBTi criteria v5.x apply to targets submitted from 15 July 2022. */
    public static final LocalDate V5_EFFECTIVE = LocalDate.of(2022, 7, 15);
    /** SBTi Corporate Net-Zero Standard, from October 2021 (published 28 October 2021). */
    public static final LocalDate NET_ZERO_STANDARD_EFFECTIVE = LocalDate.of(2021, 10, 28);

    // --- Ambition: linear annual rates in per cent per year, compared at one decimal ---------

    /**
     * Decimals at which SBTi states a rate ("50 % by 2030 from 2018" = 4.17 %/yr is validated as
     * 1.5 °C): the exact rate is rounded half-up to this scale before it is compared.
     */
    public static final int RATE_DECIMALS = 1;
    /** v4.x and v5.x: 4.2 %/yr linear is 1.5 °C-aligned (v5.x: scope 1+2 must reach it). */
    public static final BigDecimal ONE_POINT_FIVE_C_LINEAR_RATE = new BigDecimal("4.2");
    /** v4.x: scope 1+2 at least well-below 2 °C, 2.5 %/yr; v5.x: scope 3 near-term at least 2.5 %/yr. */
    public static final BigDecimal WELL_BELOW_TWO_C_LINEAR_RATE = new BigDecimal("2.5");
    /**
     * Before v5 (the "2 °C" class of targets validated before 2019, still accepted for scope 1+2
     * during v4.x's grace to 14 October 2019 and for scope 3 under v4.x): about 1.23 %/yr. The
     * brief gives this figure with two decimals, so it is compared at two decimals.
     */
    public static final BigDecimal TWO_C_LINEAR_RATE = new BigDecimal("1.23");
    /** v5.x: economic-intensity targets at least 7 %/yr, year-on-year (compound), not linear. */
    public static final BigDecimal ECONOMIC_INTENSITY_YEAR_ON_YEAR_RATE = new BigDecimal("7.0");

    // --- Timeframe and base year -------------------------------------------------------------

    /** v4.x and v5.x: a near-term target lies at least 5 years from submission. */
    public static final int NEAR_TERM_MIN_YEARS = 5;
    /** v4.x (and the criteria before it): at most 15 years from submission. */
    public static final int NEAR_TERM_MAX_YEARS_V4 = 15;
    /** v5.x: at most 10 years from submission. */
    public static final int NEAR_TERM_MAX_YEARS_V5 = 10;
    /** v5.x: base year no earlier than 2015 (earlier versions validated some older base years). */
    public static final Year EARLIEST_BASE_YEAR_V5 = Year.of(2015);

    // --- Boundary and coverage ----------------------------------------------------------------

    /** SBTi: a scope 3 target is required when scope 3 is at least 40 % of scopes 1+2+3. */
    public static final Percentage SCOPE3_SIGNIFICANT_SHARE = Percentage.of("40");
    /** Corporate Net-Zero Standard: targets cover 95 % of scope 1+2, near- and long-term. */
    public static final Percentage MIN_SCOPE12_COVERAGE = Percentage.of("95");
    /** Corporate Net-Zero Standard: a near-term scope 3 target covers 67 % of scope 3. */
    public static final Percentage MIN_SCOPE3_NEAR_TERM_COVERAGE = Percentage.of("67");
    /** Corporate Net-Zero Standard: a long-term scope 3 target covers 90 % of scope 3. */
    public static final Percentage MIN_SCOPE3_LONG_TERM_COVERAGE = Percentage.of("90");

    // --- Long term and net zero (Corporate Net-Zero Standard) -------------------------------

    /** Corporate Net-Zero Standard: a long-term target reduces at least 90 % from the base year. */
    public static final Percentage LONG_TERM_MIN_REDUCTION = Percentage.of("90");
    /** Corporate Net-Zero Standard: the long-term reduction is reached by 2050 at the latest. */
    public static final Year LATEST_LONG_TERM_TARGET_YEAR = Year.of(2050);
    /** Corporate Net-Zero Standard: net zero by 2050 at the latest. */
    public static final Year LATEST_NET_ZERO_YEAR = Year.of(2050);

    // --- After validation ---------------------------------------------------------------------

    /** SBTi's process: targets are reviewed at least every 5 years. */
    public static final int TARGET_REVIEW_INTERVAL_YEARS = 5;

    private SbtiThresholds() {
    }
}
