package tw.netzero.portal.domain.model.filing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import tw.netzero.portal.domain.model.pledge.PledgeTarget;
import tw.netzero.portal.domain.model.pledge.TargetPathway;
import tw.netzero.portal.domain.model.pledge.TargetType;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * Judges a reporting year like for like, target by target (domain brief, "Progress filings"):
 * on the target's own boundary, with scope 2 counted by the method the target is stated in (GHG
 * Protocol Scope 2 Guidance: the same method as the base year), and counting only the scope 3
 * categories the target covers. ON_TRACK when actual ≤ allowed × (1 + tolerance), compared
 * exactly (for intensities as actual emissions ≤ allowed intensity × (1 + tolerance) × activity,
 * so no rounded intensity decides).
 *
 * <p>NOT_COMPARABLE, with a reason, when a covered scope 3 category is not evaluated or missing
 * from the filing (a category outside the boundary does not matter; a not-relevant one counts as
 * zero, its reason given), or when an intensity target's activity figure is missing or zero, or a
 * physical-intensity target's production output was filed in another unit
 * ({@link PledgeTarget#measuresActivityIn}). A year from the history import holds scope 3 as a
 * total only: a boundary with scope 3 counts that total as it is.
 */
public final class TargetProgressClassifier {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Percentage tolerance;

    /** The tolerance the secretariat sets for the reporting cycle. */
    public TargetProgressClassifier(Percentage tolerance) {
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    }

    /** No tolerance: "at or below the pathway" ({@link OnTrackClassifier#DEFAULT_TOLERANCE}). */
    public TargetProgressClassifier() {
        this(OnTrackClassifier.DEFAULT_TOLERANCE);
    }

    /** Judges the year against the pathway of one boundary; refuses a year before its base year. */
    public TargetProgress classify(TargetPathway pathway, ReportingYearFigures figures) {
        // Every target of a pathway is measured alike; the row names the one whose segment holds the year.
        PledgeTarget target = pathway.targetIn(figures.year());
        List<Scope3Category> unevaluated = figures.importedScope3Total() != null ? List.of()
                : target.scope3Categories().stream()
                .filter(category -> figures.scope3Entry(category)
                        .map(entry -> entry.status() == Scope3EntryStatus.NOT_EVALUATED).orElse(true))
                .toList();
        if (!unevaluated.isEmpty()) {
            return TargetProgress.notComparable(target, TargetProgress.SCOPE3_NOT_EVALUATED_KEY,
                    unevaluated.stream().map(c -> String.valueOf(c.number())).collect(Collectors.joining(", ")));
        }
        BigDecimal allowed = pathway.allowedIn(figures.year());
        Emissions actualEmissions = actualEmissions(target, figures);
        BigDecimal actualTonnes = actualEmissions.tonnes();
        BigDecimal factor = BigDecimal.ONE.add(tolerance.ratio());
        if (target.type() == TargetType.ABSOLUTE) {
            boolean onTrack = actualTonnes.compareTo(allowed.multiply(factor)) <= 0;
            return comparable(target, onTrack, actualTonnes, allowed, actualTonnes.subtract(allowed), pathway.scale(),
                    actualEmissions, Emissions.of(allowed));
        }
        BigDecimal activity = target.type() == TargetType.PHYSICAL_INTENSITY ? figures.productionOutput()
                : figures.netRevenue();
        if (activity == null || activity.signum() <= 0) {
            return TargetProgress.notComparable(target, target.type() == TargetType.PHYSICAL_INTENSITY
                    ? TargetProgress.PRODUCTION_OUTPUT_MISSING_KEY : TargetProgress.NET_REVENUE_MISSING_KEY);
        }
        if (target.type() == TargetType.PHYSICAL_INTENSITY && !target.measuresActivityIn(figures.productionUnit())) {
            return TargetProgress.notComparable(target, TargetProgress.PRODUCTION_UNIT_DIFFERS_KEY,
                    figures.productionUnit(), target.intensityUnit());
        }
        boolean onTrack = actualTonnes.compareTo(allowed.multiply(factor).multiply(activity)) <= 0;
        BigDecimal actualIntensity = actualTonnes.divide(activity, pathway.scale(), RoundingMode.HALF_UP);
        BigDecimal gap = actualTonnes.subtract(allowed.multiply(activity)).divide(activity, pathway.scale(),
                RoundingMode.HALF_UP);
        // Rounded up, as the level itself: the tonnes shown as allowed are never below the line.
        Emissions allowedEmissions = Emissions.total(allowed.multiply(activity).setScale(Emissions.SCALE,
                RoundingMode.CEILING));
        return comparable(target, onTrack, actualIntensity, allowed, gap, pathway.scale(), actualEmissions,
                allowedEmissions);
    }

    /**
     * Scope 1 + scope 2 by the target's method, if inside; plus the covered scope 3 categories
     * reported (or, for an imported year, which holds no categories, its scope 3 total).
     */
    static Emissions actualEmissions(PledgeTarget target, ReportingYearFigures figures) {
        Emissions actual = Emissions.ZERO;
        if (target.boundary().includesScope12()) {
            actual = actual.add(figures.scope1()).add(figures.scope2(target.scope2Method()));
        }
        if (target.boundary().includesScope3() && figures.importedScope3Total() != null) {
            return actual.add(figures.importedScope3Total());
        }
        for (Scope3Category category : target.scope3Categories()) {
            actual = actual.add(figures.scope3Entry(category).orElseThrow().emissionsOrZero());
        }
        return actual;
    }

    private static TargetProgress comparable(PledgeTarget target, boolean onTrack, BigDecimal actual,
                                             BigDecimal allowed, BigDecimal gap, int scale, Emissions actualEmissions,
                                             Emissions allowedEmissions) {
        TargetProgressStatus status = onTrack ? TargetProgressStatus.ON_TRACK : TargetProgressStatus.OFF_TRACK;
        BigDecimal gapPercent = allowed.signum() == 0 ? null
                : gap.multiply(HUNDRED).divide(allowed, Percentage.SCALE, RoundingMode.HALF_UP);
        return new TargetProgress(target, status, status.messageKey(), List.of(), actual.setScale(scale, RoundingMode.HALF_UP),
                allowed, gap.setScale(scale, RoundingMode.HALF_UP), gapPercent, actualEmissions, allowedEmissions);
    }
}
