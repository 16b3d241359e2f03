package tw.netzero.portal.domain.model.pledge;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A pledge's pre-check: every target's verdict and the pledge's own rules ({@code detail}), with
 * the near-term target's annual rate and temperature alignment for badges and the directory.
 * The alliance is not SBTi: passing means "consistent with SBTi criteria", never "validated by
 * SBTi".
 */
public record PreCheckResult(TargetPreCheckResult detail, BigDecimal nearTermAnnualRate, Alignment alignment)
        implements Serializable {

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

    /**
     * The alignment of the near-term target on scope 1+2 (a scope 1+2 or combined scope 1+2+3
     * target), as SBTi's dashboard shows a classification per boundary; null without one.
     */
    public Alignment scope12Alignment() {
        return nearTermAlignmentOn(TargetBoundary::includesScope12);
    }

    /** The same for scope 3 (a scope 3 or combined scope 1+2+3 target); null without one. */
    public Alignment scope3Alignment() {
        return nearTermAlignmentOn(TargetBoundary::includesScope3);
    }

    private Alignment nearTermAlignmentOn(Predicate<TargetBoundary> covers) {
        return detail.targets().stream()
                .filter(verdict -> verdict.target().horizon() == TargetHorizon.NEAR_TERM
                        && covers.test(verdict.target().boundary()))
                .findFirst().map(verdict -> Alignment.of(verdict.classification())).orElse(null);
    }

    public List<TargetRuleResult> pledgeResults() {
        return detail.pledgeResults();
    }

    /** The one overall statement about the pledge, consistent or not (issue 20, feature 2). */
    public OverallVerdict overall() {
        return OverallVerdict.of(this);
    }

    /** Every rule result: each target's, then the pledge's own. */
    Stream<TargetRuleResult> allResults() {
        return Stream.concat(detail.targets().stream().flatMap(verdict -> verdict.results().stream()),
                detail.pledgeResults().stream());
    }
}
