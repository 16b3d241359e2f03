package tw.netzero.portal.domain.model.filing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Objects;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * On track means actual emissions at or below the pledged pathway for the year, within a
 * tolerance the secretariat sets (domain brief, "Progress filings"): ON_TRACK when
 * actual ≤ allowed × (1 + tolerance), compared exactly.
 */
public final class OnTrackClassifier {

    /** No tolerance unless the secretariat sets one: "at or below the pathway". */
    public static final Percentage DEFAULT_TOLERANCE = Percentage.ZERO;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Percentage tolerance;

    public OnTrackClassifier(Percentage tolerance) {
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    }

    public OnTrackClassifier() {
        this(DEFAULT_TOLERANCE);
    }

    /** The tolerance the secretariat set: what each target of a pledge is judged with, too. */
    public Percentage tolerance() {
        return tolerance;
    }

    /** Judges a reporting year against the approved pathway, which is null when there is no approved pledge. */
    public OnTrackAssessment classify(Emissions actual, Year reportingYear, Pathway approvedPathway) {
        Objects.requireNonNull(actual, "actual");
        return approvedPathway == null ? OnTrackAssessment.noApprovedPledge(actual)
                : classify(actual, approvedPathway.allowedIn(reportingYear));
    }

    public OnTrackAssessment classify(Emissions actual, Emissions allowed) {
        BigDecimal ceiling = allowed.tonnes().multiply(BigDecimal.ONE.add(tolerance.ratio()));
        OnTrackStatus status = actual.tonnes().compareTo(ceiling) <= 0 ? OnTrackStatus.ON_TRACK : OnTrackStatus.OFF_TRACK;
        BigDecimal gap = actual.difference(allowed);
        BigDecimal gapPercent = allowed.isZero() ? null
                : gap.multiply(HUNDRED).divide(allowed.tonnes(), Percentage.SCALE, RoundingMode.HALF_UP);
        return new OnTrackAssessment(status, actual, allowed, gap, gapPercent);
    }
}
