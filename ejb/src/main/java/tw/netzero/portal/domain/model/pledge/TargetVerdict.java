package tw.netzero.portal.domain.model.pledge;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The pre-check of one target: its temperature class under the criteria version applied, its
 * ambition in per cent per year at one decimal (null when it cannot be judged: a physical
 * intensity target without projected activity), and the rule results.
 */
public record TargetVerdict(PledgeTarget target, TargetClassification classification, BigDecimal annualRate,
                            List<TargetRuleResult> results) implements Serializable {

    public TargetVerdict {
        results = List.copyOf(results);
    }

    public Optional<TargetRuleResult> resultOf(TargetRule rule) {
        return results.stream().filter(result -> result.rule() == rule).findFirst();
    }
}
