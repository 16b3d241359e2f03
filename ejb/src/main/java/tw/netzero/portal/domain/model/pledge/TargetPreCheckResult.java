package tw.netzero.portal.domain.model.pledge;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The target pre-check of a pledge: the criteria version applied (named, as the brief asks), the
 * verdict of each target in the order given, and the pledge-level rule results. The alliance is
 * not SBTi: consistent means "consistent with SBTi criteria", never "validated".
 */
public record TargetPreCheckResult(SbtiCriteriaVersion criteriaVersion, List<TargetVerdict> targets,
                                   List<TargetRuleResult> pledgeResults) implements Serializable {

    public TargetPreCheckResult {
        Objects.requireNonNull(criteriaVersion, "criteriaVersion");
        targets = List.copyOf(targets);
        pledgeResults = List.copyOf(pledgeResults);
    }

    /** No rule failed; flagged rules do not count against the pledge. */
    public boolean consistentWithSbtiCriteria() {
        return allResults().noneMatch(TargetRuleResult::failed);
    }

    /** Whether any rule asks the reviewer to look. */
    public boolean flagged() {
        return allResults().anyMatch(result -> result.outcome() == RuleOutcome.FLAGGED);
    }

    public static final String CONSISTENT_LABEL_KEY = "pledge.precheck.label.consistent";
    public static final String NOT_CONSISTENT_LABEL_KEY = "pledge.precheck.label.notConsistent";

    public String labelKey() {
        return consistentWithSbtiCriteria() ? CONSISTENT_LABEL_KEY : NOT_CONSISTENT_LABEL_KEY;
    }

    public Optional<TargetRuleResult> pledgeResultOf(TargetRule rule) {
        return pledgeResults.stream().filter(result -> result.rule() == rule).findFirst();
    }

    private Stream<TargetRuleResult> allResults() {
        return Stream.concat(pledgeResults.stream(), targets.stream().flatMap(verdict -> verdict.results().stream()));
    }
}
