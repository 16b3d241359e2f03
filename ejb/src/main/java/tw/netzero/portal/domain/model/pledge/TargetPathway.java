package tw.netzero.portal.domain.model.pledge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * The level one boundary of a pledge allows year by year: linear from the base-year value to the
 * near-term level, then to the long-term level of the same boundary and type, flat afterwards
 * (domain brief, "Progress filings": "linear from base year to each target year").
 *
 * <p>For an absolute target the level is tCO2e; for an intensity target it is tCO2e per unit of
 * the target's activity, starting from base-year emissions over base-year activity. A level is
 * computed from exact fractions in one division and rounded UP (to kilograms, or to
 * {@link #INTENSITY_SCALE} decimals for intensities), so the allowed level is never below the exact
 * pathway value and a member exactly on the line is on track.
 */
public final class TargetPathway {

    /** Decimals of an intensity level (tCO2e per unit): a gram per unit, finer than any inventory. */
    public static final int INTENSITY_SCALE = 6;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final List<PledgeTarget> targets;

    private TargetPathway(List<PledgeTarget> targets) {
        this.targets = List.copyOf(targets);
    }

    /** The pathway of a single target (a near-term target alone, or a long-term target alone). */
    public static TargetPathway of(PledgeTarget target) {
        return new TargetPathway(List.of(Objects.requireNonNull(target, "target")));
    }

    /**
     * A near-term target followed by the long-term target of the same boundary and type (null
     * when there is none). Refuses a long-term target measured otherwise (see
     * {@link PledgeTarget#measuredLike}) or not falling due after the near-term one.
     */
    public static TargetPathway of(PledgeTarget nearTerm, PledgeTarget longTerm) {
        Objects.requireNonNull(nearTerm, "nearTerm");
        if (longTerm == null) {
            return of(nearTerm);
        }
        if (nearTerm.horizon() != TargetHorizon.NEAR_TERM || longTerm.horizon() != TargetHorizon.LONG_TERM) {
            throw new IllegalArgumentException("Expected a near-term then a long-term target");
        }
        if (!nearTerm.measuredLike(longTerm)) {
            throw new DomainRuleViolation("pledge.pathway.targetsNotAlike");
        }
        if (!longTerm.targetYear().isAfter(nearTerm.targetYear())) {
            throw new DomainRuleViolation("pledge.longTerm.notAfterNearTerm", longTerm.targetYear().getValue(),
                    nearTerm.targetYear().getValue());
        }
        return new TargetPathway(List.of(nearTerm, longTerm));
    }

    /** The target whose boundary, scope 2 method, categories and type the pathway measures. */
    public PledgeTarget measuredTarget() {
        return targets.get(0);
    }

    public List<PledgeTarget> targets() {
        return targets;
    }

    /**
     * The target whose segment holds the year: the near-term target up to its target year, then
     * the long-term one; the last target after the last target year (the level stays flat).
     */
    public PledgeTarget targetIn(Year year) {
        return targets.stream().filter(target -> !year.isAfter(target.targetYear())).findFirst()
                .orElse(targets.get(targets.size() - 1));
    }

    public boolean isIntensity() {
        return measuredTarget().type().isIntensity();
    }

    /** Decimals of a level: kilograms for tCO2e, {@link #INTENSITY_SCALE} for intensities. */
    public int scale() {
        return isIntensity() ? INTENSITY_SCALE : Emissions.SCALE;
    }

    /**
     * The allowed level in a year, rounded up at {@link #scale()}: tCO2e, or tCO2e per unit of
     * activity for an intensity target. Refuses a year before the base year.
     */
    public BigDecimal allowedIn(Year year) {
        Fraction tonnes = tonnesAtBaseYearActivityIn(year);
        BigDecimal denominator = isIntensity()
                ? tonnes.denominator().multiply(measuredTarget().baseYearActivity()) : tonnes.denominator();
        return tonnes.numerator().divide(denominator, scale(), RoundingMode.CEILING);
    }

    /**
     * The exact tonnes the pathway allows in a year, unrounded, as a fraction: for an intensity
     * target the tonnes at base-year activity (the intensity level × base-year activity). Sums of
     * several pathways ({@link Pathway#of(PledgeTerms)}) round once, after adding these.
     */
    Fraction tonnesAtBaseYearActivityIn(Year year) {
        Year baseYear = firstYear();
        if (year.isBefore(baseYear)) {
            throw new DomainRuleViolation("pledge.pathway.beforeBaseYear", year.getValue(), baseYear.getValue());
        }
        // Remaining share of the base value, in per cent: 100 at the base year, 100 − r at each target year.
        int fromYear = baseYear.getValue();
        BigDecimal fromPercent = HUNDRED;
        for (PledgeTarget target : targets) {
            BigDecimal toPercent = target.reduction().complement().value();
            if (!year.isAfter(target.targetYear())) {
                int span = target.targetYear().getValue() - fromYear;
                int elapsed = year.getValue() - fromYear;
                // from + (to − from) × elapsed / span, times the base value, over 100: one exact fraction.
                BigDecimal percentTimesSpan = fromPercent.multiply(BigDecimal.valueOf(span))
                        .add(toPercent.subtract(fromPercent).multiply(BigDecimal.valueOf(elapsed)));
                return tonnes(percentTimesSpan, BigDecimal.valueOf(span));
            }
            fromYear = target.targetYear().getValue();
            fromPercent = toPercent;
        }
        return tonnes(fromPercent, BigDecimal.ONE);
    }

    /** Base-year emissions × percent / (100 × divisor). */
    private Fraction tonnes(BigDecimal percent, BigDecimal divisor) {
        return new Fraction(measuredTarget().baseYearEmissions().tonnes().multiply(percent),
                HUNDRED.multiply(divisor));
    }

    /** numerator ÷ denominator, both exact decimals, the denominator above zero. */
    record Fraction(BigDecimal numerator, BigDecimal denominator) {

        static Fraction of(BigDecimal value) {
            return new Fraction(value, BigDecimal.ONE);
        }

        Fraction plus(Fraction other) {
            return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                    denominator.multiply(other.denominator));
        }

        Fraction minus(Fraction other) {
            return plus(new Fraction(other.numerator.negate(), other.denominator));
        }

        Fraction times(BigDecimal factor) {
            return new Fraction(numerator.multiply(factor), denominator);
        }

        Fraction over(BigDecimal divisor) {
            return new Fraction(numerator, denominator.multiply(divisor));
        }

        /** Rounded up to the kilogram, in one division. */
        Emissions roundedUpTonnes() {
            return Emissions.of(numerator.divide(denominator, Emissions.SCALE, RoundingMode.CEILING));
        }
    }

    public Year firstYear() {
        return measuredTarget().baseYear();
    }

    public Year lastYear() {
        return targets.get(targets.size() - 1).targetYear();
    }

    /** The allowed level of every year from the base year to the last target year, for charts. */
    public SortedMap<Year, BigDecimal> levels() {
        SortedMap<Year, BigDecimal> levels = new TreeMap<>();
        for (Year year = firstYear(); !year.isAfter(lastYear()); year = year.plusYears(1)) {
            levels.put(year, allowedIn(year));
        }
        return Collections.unmodifiableSortedMap(levels);
    }

    /**
     * Pairs the targets of a pledge into pathways: each near-term target with the long-term
     * target measured like it (the first one, if any), every other target alone.
     */
    public static List<TargetPathway> allOf(List<PledgeTarget> targets) {
        List<PledgeTarget> longTerms = new ArrayList<>(targets.stream()
                .filter(t -> t.horizon() == TargetHorizon.LONG_TERM).toList());
        List<TargetPathway> pathways = new ArrayList<>();
        for (PledgeTarget nearTerm : targets.stream().filter(t -> t.horizon() == TargetHorizon.NEAR_TERM).toList()) {
            PledgeTarget partner = longTerms.stream()
                    .filter(l -> nearTerm.measuredLike(l) && l.targetYear().isAfter(nearTerm.targetYear()))
                    .findFirst().orElse(null);
            longTerms.remove(partner);
            pathways.add(of(nearTerm, partner));
        }
        longTerms.forEach(longTerm -> pathways.add(of(longTerm)));
        return pathways;
    }
}
