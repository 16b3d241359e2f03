package tw.netzero.portal.domain.model.filing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * The on-track verdict with the figures behind it. The gap is actual minus allowed (positive:
 * above the pathway), in tCO2e and in per cent of the allowed level. Without an approved pledge
 * there is no allowed level and no gap (null); the gap in per cent is null when nothing is allowed.
 * A year that is not comparable says why: {@code reasonKey} filled by {@code reasonArguments}
 * (null otherwise).
 *
 * <p>A pledge's verdict ({@link PledgeProgress#assessment}) carries the verdict of every target it
 * was derived from, in {@code targets}, headline first; the figures are those of the target that
 * decided. Empty without a pledge.
 */
public record OnTrackAssessment(OnTrackStatus status, Emissions actual, Emissions allowed, BigDecimal gapTonnes,
                                BigDecimal gapPercentOfAllowed, String reasonKey, List<Object> reasonArguments,
                                List<TargetProgress> targets) implements Serializable {

    public OnTrackAssessment {
        reasonArguments = reasonArguments == null ? List.of() : List.copyOf(reasonArguments);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** A verdict with its reason, judged on one figure. */
    public OnTrackAssessment(OnTrackStatus status, Emissions actual, Emissions allowed, BigDecimal gapTonnes,
                             BigDecimal gapPercentOfAllowed, String reasonKey, List<Object> reasonArguments) {
        this(status, actual, allowed, gapTonnes, gapPercentOfAllowed, reasonKey, reasonArguments, List.of());
    }

    /** A verdict that needs no reason. */
    public OnTrackAssessment(OnTrackStatus status, Emissions actual, Emissions allowed, BigDecimal gapTonnes,
                             BigDecimal gapPercentOfAllowed) {
        this(status, actual, allowed, gapTonnes, gapPercentOfAllowed, null, List.of(), List.of());
    }

    static OnTrackAssessment noApprovedPledge(Emissions actual) {
        return new OnTrackAssessment(OnTrackStatus.NO_APPROVED_PLEDGE, actual, null, null, null);
    }

    /** Figures that cannot be compared with the pathway because a covered scope 3 category is not evaluated. */
    public static OnTrackAssessment notComparable(Emissions actual, Emissions allowed) {
        return notComparable(actual, allowed, OnTrackStatus.NOT_COMPARABLE.messageKey());
    }

    /** Figures that cannot be compared with the pathway, for the reason given: no verdict and no gap. */
    public static OnTrackAssessment notComparable(Emissions actual, Emissions allowed, String reasonKey,
                                                  Object... arguments) {
        return new OnTrackAssessment(OnTrackStatus.NOT_COMPARABLE, actual, allowed, null, null, reasonKey,
                List.of(arguments));
    }
}
