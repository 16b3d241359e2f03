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

    private final List<PathwayPoint> points;

    private Pathway(List<PathwayPoint> points) {
        this.points = List.copyOf(points);
    }

    public static Pathway of(PledgeTerms terms) {
        Emissions baseTotal = terms.inventory().total();
        List<PathwayPoint> points = new ArrayList<>();
        points.add(new PathwayPoint(terms.baseYear(), baseTotal));
        points.add(pointOf(terms.nearTerm(), baseTotal));
        if (terms.longTerm() != null) {
            points.add(pointOf(terms.longTerm(), baseTotal));
        }
        return new Pathway(points);
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
        return new Pathway(points);
    }

    private static PathwayPoint pointOf(Target target, Emissions baseTotal) {
        return new PathwayPoint(target.targetYear(), target.levelFrom(baseTotal));
    }

    /** The level allowed in the given year; refuses a year before the base year. */
    public Emissions allowedIn(Year year) {
        if (year.isBefore(firstYear())) {
            throw new DomainRuleViolation("pledge.pathway.beforeBaseYear", year, firstYear());
        }
        for (int i = 1; i < points.size(); i++) {
            PathwayPoint to = points.get(i);
            if (!year.isAfter(to.year())) {
                return interpolate(points.get(i - 1), to, year);
            }
        }
        return points.get(points.size() - 1).level();
    }

    private static Emissions interpolate(PathwayPoint from, PathwayPoint to, Year year) {
        BigDecimal elapsed = BigDecimal.valueOf(year.getValue() - from.year().getValue());
        BigDecimal span = BigDecimal.valueOf(to.year().getValue() - from.year().getValue());
        BigDecimal change = to.level().difference(from.level()).multiply(elapsed)
                .divide(span, Emissions.SCALE, RoundingMode.CEILING);
        return Emissions.of(from.level().tonnes().add(change));
    }

    /** The corner points, in year order. */
    public List<PathwayPoint> points() {
        return points;
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
        return points.get(0).year();
    }

    public Year lastYear() {
        return points.get(points.size() - 1).year();
    }
}
