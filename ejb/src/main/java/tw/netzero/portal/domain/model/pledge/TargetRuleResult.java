package tw.netzero.portal.domain.model.pledge;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The verdict of one target pre-check rule with the figures behind it, named and in the order
 * the message's placeholders {0}, {1}, ... use them (years as {@code Integer}, percentages and
 * rates as {@code BigDecimal}).
 */
public record TargetRuleResult(TargetRule rule, RuleOutcome outcome, String messageKey, Map<String, Number> figures)
        implements Serializable {

    public TargetRuleResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(messageKey, "messageKey");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    static TargetRuleResult of(TargetRule rule, RuleOutcome outcome, Map<String, Number> figures) {
        return new TargetRuleResult(rule, outcome, rule.messageKey(outcome), figures);
    }

    static TargetRuleResult passedIf(TargetRule rule, boolean passed, Map<String, Number> figures) {
        return of(rule, passed ? RuleOutcome.PASSED : RuleOutcome.FAILED, figures);
    }

    public boolean failed() {
        return outcome == RuleOutcome.FAILED;
    }
}
