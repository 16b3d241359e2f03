package tw.netzero.portal.domain.model.pledge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * All rule results of a pre-check, the ambition of the near-term target, and the label to
 * show. The alliance is not SBTi: passing means "consistent with SBTi criteria", never
 * "validated by SBTi".
 */
public record PreCheckResult(List<RuleResult> results, BigDecimal nearTermAnnualRate, Alignment alignment) {

    public static final String CONSISTENT_LABEL_KEY = "pledge.precheck.label.consistent";
    public static final String NOT_CONSISTENT_LABEL_KEY = "pledge.precheck.label.notConsistent";

    public PreCheckResult {
        results = List.copyOf(results);
    }

    public boolean consistentWithSbtiCriteria() {
        return results.stream().allMatch(RuleResult::passed);
    }

    public String labelKey() {
        return consistentWithSbtiCriteria() ? CONSISTENT_LABEL_KEY : NOT_CONSISTENT_LABEL_KEY;
    }

    public Optional<RuleResult> resultOf(PreCheckRule rule) {
        return results.stream().filter(result -> result.rule() == rule).findFirst();
    }
}
