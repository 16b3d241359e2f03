package tw.netzero.portal.domain.model.filing;

import java.math.BigDecimal;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * The on-track verdict with the figures behind it. The gap is actual minus allowed (positive:
 * above the pathway), in tCO2e and in per cent of the allowed level. Without an approved pledge
 * there is no allowed level and no gap (null); the gap in per cent is null when nothing is allowed.
 */
public record OnTrackAssessment(OnTrackStatus status, Emissions actual, Emissions allowed, BigDecimal gapTonnes,
                                BigDecimal gapPercentOfAllowed) {

    static OnTrackAssessment noApprovedPledge(Emissions actual) {
        return new OnTrackAssessment(OnTrackStatus.NO_APPROVED_PLEDGE, actual, null, null, null);
    }

    /** Figures that cannot be compared with the pathway: no verdict and no gap. */
    public static OnTrackAssessment notComparable(Emissions actual, Emissions allowed) {
        return new OnTrackAssessment(OnTrackStatus.NOT_COMPARABLE, actual, allowed, null, null);
    }
}
