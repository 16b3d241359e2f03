package tw.netzero.portal.domain.model.pledge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one pre-check rule, with the figures behind it (named, in the order the
 * message's placeholders {0}, {1}, ... use them). A rule that does not apply passes.
 */
public record RuleResult(PreCheckRule rule, boolean passed, String messageKey, Map<String, Number> figures) {

    public RuleResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(messageKey, "messageKey");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    static RuleResult of(PreCheckRule rule, boolean passed, Map<String, Number> figures) {
        return new RuleResult(rule, passed, rule.messageKey(passed ? "passed" : "failed"), figures);
    }

    static RuleResult notApplicable(PreCheckRule rule, Map<String, Number> figures) {
        return new RuleResult(rule, true, rule.messageKey("notApplicable"), figures);
    }
}
