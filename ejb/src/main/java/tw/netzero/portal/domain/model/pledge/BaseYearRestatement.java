package tw.netzero.portal.domain.model.pledge;

import java.math.BigDecimal;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/** One recalculation of the base-year total: why, and the total before and after. */
public record BaseYearRestatement(RestatementReason reason, Emissions oldTotal, Emissions newTotal) {

    /**
     * The portal's own plausibility gate (issue 20, defect 14; decision 0033), not an SBTi or GHG
     * Protocol number: those ask for a recalculation from a significant change (SBTi: 5 % cumulative,
     * {@link RestatementLedger#SIGNIFICANCE_THRESHOLD_PERCENT}; GHG Protocol Corporate Standard ch. 5
     * leaves the threshold to the company) but set no upper bound. A change of more than half the
     * base-year total is more often a typing or unit error than a real recalculation, so it is
     * accepted for review only with evidence.
     */
    public static final BigDecimal PLAUSIBLE_CHANGE_PERCENT = new BigDecimal("50");

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public BaseYearRestatement {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(oldTotal, "oldTotal");
        Objects.requireNonNull(newTotal, "newTotal");
    }

    /** New minus old, in tCO2e: negative when the total went down. */
    public BigDecimal change() {
        return newTotal.difference(oldTotal);
    }

    /**
     * Whether the change, up or down, is more than {@link #PLAUSIBLE_CHANGE_PERCENT} of the old total
     * (exactly 50 % is still plausible). Compared without rounding: |change| × 100 &gt; 50 × old.
     */
    public boolean isImplausible() {
        return change().abs().multiply(HUNDRED)
                .compareTo(PLAUSIBLE_CHANGE_PERCENT.multiply(oldTotal.tonnes())) > 0;
    }

    /**
     * Refuses, at the evidence field, an implausible change submitted without at least one evidence
     * file (the explanation is always required, {@code RestatementEntry}).
     */
    public void requireEvidence(int evidenceFiles) {
        if (isImplausible() && evidenceFiles < 1) {
            throw new FieldRuleViolation("evidence", "restatement.evidenceRequired", PLAUSIBLE_CHANGE_PERCENT);
        }
    }
}
