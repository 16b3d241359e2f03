package tw.netzero.portal.domain.model.pledge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * The emissions a pledge allows year by year, derived from its terms and never typed in.
 *
 * <p>Corner points: the base-year total in the base year; the near-term target level in the
 * near-term year; the long-term target level in the long-term year, if pledged. A net-zero year
 * adds no point: at net zero the remaining emissions are residuals neutralised by removals
 * (domain brief, "Long-term / net zero"), so the level stays that of the long-term target; a
 * net-zero year without a long-term target gets no invented end point (the pre-check flags it).
 *
 * <p>Between consecutive points the level falls linearly ("linear from base year to each
 * target year", domain brief, "Progress filings"), rounded up to the kilogram so the level
 * allowed is never below the exact pathway. After the last point the pathway stays at its last
 * level: a pledge does not lapse when its last year passes.
 *
 * <p>For an intensity target the levels are the emissions allowed at base-year activity; scale
 * them by actual over base-year activity to judge a year with different output.
 */
public final class Pathway {

    /** A corner at its exact level in tonnes (unrounded), so no rounding of a corner moves the line. */
    private record Corner(Year year, BigDecimal tonnes) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<Corner> corners;

    private Pathway(List<Corner> corners) {
        this.corners = List.copyOf(corners);
    }

    public static Pathway of(PledgeTerms terms) {
        BigDecimal baseTotal = terms.inventory().total().tonnes();
        List<Corner> corners = new ArrayList<>();
        corners.add(new Corner(terms.baseYear(), baseTotal));
        corners.add(cornerOf(terms.nearTerm(), baseTotal));
        if (terms.longTerm() != null) {
            corners.add(cornerOf(terms.longTerm(), baseTotal));
        }
        return new Pathway(corners);
    }

    /**
     * A line through given corner points (such as a reference trajectory that is no pledge),
     * interpolated like a pledge's pathway. Needs at least two points in strictly rising years.
     */
    public static Pathway through(List<PathwayPoint> points) {
        if (points.size() < 2) {
            throw new IllegalArgumentException("A pathway needs at least two points: " + points);
        }
        for (int i = 1; i < points.size(); i++) {
            if (!points.get(i).year().isAfter(points.get(i - 1).year())) {
                throw new IllegalArgumentException("Pathway points must be in rising years: " + points);
            }
        }
        return new Pathway(points.stream().map(point -> new Corner(point.year(), point.level().tonnes())).toList());
    }

    /** base × (100 − reduction) / 100, exactly (a terminating decimal). */
    private static Corner cornerOf(Target target, BigDecimal baseTotal) {
        return new Corner(target.targetYear(),
                baseTotal.multiply(HUNDRED.subtract(target.reduction().value())).divide(HUNDRED));
    }

    /**
     * The level allowed in the given year, on the exact line between the corners, rounded up to
     * the kilogram (never below the line, less than a kilogram above it); refuses a year before
     * the base year.
     */
    public Emissions allowedIn(Year year) {
        if (year.isBefore(firstYear())) {
            throw new DomainRuleViolation("pledge.pathway.beforeBaseYear", year, firstYear());
        }
        for (int i = 1; i < corners.size(); i++) {
            Corner to = corners.get(i);
            if (!year.isAfter(to.year())) {
                return interpolate(corners.get(i - 1), to, year);
            }
        }
        return roundedUp(corners.get(corners.size() - 1).tonnes());
    }

    /** from + (to − from) × elapsed / span, in one division of exact figures, rounded up. */
    private static Emissions interpolate(Corner from, Corner to, Year year) {
        BigDecimal elapsed = BigDecimal.valueOf(year.getValue() - from.year().getValue());
        BigDecimal span = BigDecimal.valueOf(to.year().getValue() - from.year().getValue());
        BigDecimal numerator = from.tonnes().multiply(span).add(to.tonnes().subtract(from.tonnes()).multiply(elapsed));
        return Emissions.of(numerator.divide(span, Emissions.SCALE, RoundingMode.CEILING));
    }

    private static Emissions roundedUp(BigDecimal tonnes) {
        return Emissions.of(tonnes.setScale(Emissions.SCALE, RoundingMode.CEILING));
    }

    /** The corner points, in year order, each level rounded up to the kilogram. */
    public List<PathwayPoint> points() {
        return corners.stream().map(corner -> new PathwayPoint(corner.year(), roundedUp(corner.tonnes()))).toList();
    }

    /** The allowed level of every year from the base year to the last point, for charts. */
    public SortedMap<Year, Emissions> levels() {
        SortedMap<Year, Emissions> levels = new TreeMap<>();
        for (Year year = firstYear(); !year.isAfter(lastYear()); year = year.plusYears(1)) {
            levels.put(year, allowedIn(year));
        }
        return Collections.unmodifiableSortedMap(levels);
    }

    public Year firstYear() {
        return corners.get(0).year();
    }

    public Year lastYear() {
        return corners.get(corners.size() - 1).year();
    }
}
