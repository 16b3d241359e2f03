package tw.netzero.portal.domain.model.pledge;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import tw.netzero.portal.domain.model.pledge.TargetPathway.Fraction;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * The emissions a pledge allows year by year for its whole base-year inventory, derived from its
 * targets and never typed in: what the alliance's pathway sums and like-for-like series add up and
 * compare with a member's figure (scope 1 + scope 2 by the inventory's method + scope 3).
 *
 * <p>Each target is taken on its own boundary (decision 0020, docs/domain-rules.md section 6): the
 * inventory is the sum of the pathways of the targets that cover its parts — a scope 1+2 and a
 * scope 3 pathway (each near-term target with its like-measured long-term one,
 * {@link TargetPathway#allOf}), or one scope 1+2+3 pathway where no separate target covers either
 * part — plus the rest of the inventory no target covers (scope 3 without a scope 3 target, scope 3
 * categories outside the target), which stays at its base-year level. A part is counted once: the
 * first pathway covering it decides (targets on one part before combined ones, near-term-led before
 * long-term targets alone, then in the order the member added them). An intensity target counts at
 * base-year activity (its intensity level × base-year activity): the series has no projection of
 * activity; the verdict of a filed year uses the filed activity (section 7).
 *
 * <p>Between consecutive target years the level falls linearly ("linear from base year to each
 * target year", domain brief, "Progress filings"); the corners are the base year and every target
 * year of the pathways added, each kept as an exact fraction, and a level is rounded up to the
 * kilogram once, after the pathways are added, so the level allowed is never below the exact sum
 * and less than a kilogram above it. After the last target year the pathway stays at its last
 * level: a pledge does not lapse when its last year passes. A net-zero year adds no point: at net
 * zero the remaining emissions are residuals neutralised by removals (domain brief, "Long-term /
 * net zero"); a net-zero year without a long-term target gets no invented end point (the pre-check
 * flags it).
 */
public final class Pathway {

    /** A corner at its exact level in tonnes (unrounded), so no rounding of a corner moves the line. */
    private record Corner(Year year, Fraction tonnes) {
    }

    private final List<Corner> corners;

    private Pathway(List<Corner> corners) {
        this.corners = List.copyOf(corners);
    }

    public static Pathway of(PledgeTerms terms) {
        List<TargetPathway> parts = pathwaysCoveringTheInventory(terms.targets());
        Fraction untargeted = Fraction.of(terms.inventory().total().tonnes());
        for (TargetPathway part : parts) {
            untargeted = untargeted.minus(Fraction.of(part.measuredTarget().baseYearEmissions().tonnes()));
        }
        // Targets stated on more than the inventory (another scope 2 method, a restated boundary) leave no rest.
        Fraction rest = untargeted.numerator().signum() < 0 ? Fraction.of(BigDecimal.ZERO) : untargeted;
        SortedSet<Year> years = new TreeSet<>();
        years.add(terms.baseYear());
        parts.forEach(part -> part.targets().forEach(target -> years.add(target.targetYear())));
        List<Corner> corners = new ArrayList<>();
        for (Year year : years) {
            Fraction level = rest;
            for (TargetPathway part : parts) {
                level = level.plus(part.tonnesAtBaseYearActivityIn(year));
            }
            corners.add(new Corner(year, level));
        }
        return new Pathway(corners);
    }

    /**
     * The pathways that cover the inventory's scope 1+2 and scope 3 parts, each part once: targets
     * on one part first, a combined scope 1+2+3 target only where neither part is covered yet.
     */
    static List<TargetPathway> pathwaysCoveringTheInventory(List<PledgeTarget> targets) {
        List<TargetPathway> all = TargetPathway.allOf(targets);
        List<TargetPathway> covering = new ArrayList<>();
        boolean scope12 = false;
        boolean scope3 = false;
        for (boolean combined : new boolean[] {false, true}) {
            for (TargetPathway pathway : all) {
                TargetBoundary boundary = pathway.measuredTarget().boundary();
                if ((boundary == TargetBoundary.SCOPE_1_2_3) != combined
                        || (boundary.includesScope12() && scope12) || (boundary.includesScope3() && scope3)) {
                    continue;
                }
                covering.add(pathway);
                scope12 |= boundary.includesScope12();
                scope3 |= boundary.includesScope3();
            }
        }
        return covering;
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
        return new Pathway(points.stream().map(point -> new Corner(point.year(), Fraction.of(point.level().tonnes())))
                .toList());
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
        return corners.get(corners.size() - 1).tonnes().roundedUpTonnes();
    }

    /** from + (to − from) × elapsed / span, in one division of exact figures, rounded up. */
    private static Emissions interpolate(Corner from, Corner to, Year year) {
        BigDecimal elapsed = BigDecimal.valueOf(year.getValue() - from.year().getValue());
        BigDecimal span = BigDecimal.valueOf(to.year().getValue() - from.year().getValue());
        return from.tonnes().times(span).plus(to.tonnes().minus(from.tonnes()).times(elapsed)).over(span)
                .roundedUpTonnes();
    }

    /** The corner points, in year order, each level rounded up to the kilogram. */
    public List<PathwayPoint> points() {
        return corners.stream().map(corner -> new PathwayPoint(corner.year(), corner.tonnes().roundedUpTonnes())).toList();
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
