package tw.netzero.portal.domain.model.pledge;

import java.io.Serializable;
import java.util.Objects;

/**
 * The one statement a pre-check makes about a whole pledge (issue 20, feature 2): either
 * consistent with the SBTi criteria applied, with the near-term target's temperature alignment,
 * or not consistent, with how many rules are not met. Never both: an alignment is only named for
 * a pledge that meets every rule, so a badge cannot read "not consistent · 1.5 °C-aligned" (the
 * ambition of one target says nothing about a pledge whose other rules fail). Flagged rules do not
 * count against the pledge (see {@link TargetPreCheckResult#consistentWithSbtiCriteria()}).
 *
 * @param alignment   the near-term target's alignment; null when the pledge is not consistent
 * @param rulesNotMet how many rules failed, target rules and the pledge's own; 0 when consistent
 */
public record OverallVerdict(Alignment alignment, int rulesNotMet) implements Serializable {

    public static final String NOT_CONSISTENT_KEY = "pledge.precheck.overall.notConsistent";
    private static final String CONSISTENT_KEY_PREFIX = "pledge.precheck.overall.consistent.";

    public OverallVerdict {
        if (rulesNotMet < 0 || (rulesNotMet == 0) != (alignment != null)) {
            throw new IllegalArgumentException("consistent with an alignment, or rules not met without: "
                    + alignment + ", " + rulesNotMet);
        }
    }

    /** The verdict of a complete pre-check. */
    public static OverallVerdict of(PreCheckResult check) {
        Objects.requireNonNull(check, "check");
        int failed = (int) check.allResults().filter(TargetRuleResult::failed).count();
        return failed == 0 ? new OverallVerdict(check.alignment(), 0) : new OverallVerdict(null, failed);
    }

    public boolean consistent() {
        return rulesNotMet == 0;
    }

    /** The statement's message key; a not-consistent statement takes {@link #rulesNotMet()} as its argument. */
    public String messageKey() {
        return consistent() ? CONSISTENT_KEY_PREFIX + alignment.name() : NOT_CONSISTENT_KEY;
    }
}
