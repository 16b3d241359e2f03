package tw.netzero.portal.domain.model.pledge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A pledge's pre-check: every target's verdict and the pledge's own rules ({@code detail}), with
 * the near-term target's annual rate and temperature alignment for badges and the directory.
 * The alliance is not SBTi: passing means "consistent with SBTi criteria", never "validated by
 * SBTi".
 */
public record PreCheckResult(TargetPreCheckResult detail, BigDecimal nearTermAnnualRate, Alignment alignment) {

    public PreCheckResult {
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(alignment, "alignment");
    }

    public boolean consistentWithSbtiCriteria() {
        return detail.consistentWithSbtiCriteria();
    }

    public String labelKey() {
        return detail.labelKey();
    }

    /** The criteria version applied: the one in force on the submission day. */
    public SbtiCriteriaVersion criteriaVersion() {
        return detail.criteriaVersion();
    }

    public List<TargetVerdict> targets() {
        return detail.targets();
    }

    public List<TargetRuleResult> pledgeResults() {
        return detail.pledgeResults();
    }
}
