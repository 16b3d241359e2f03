package tw.netzero.portal.domain.model.pledge;

/**
 * The rules of the target pre-check, each with the fragment of its message keys
 * {@code pledge.targetCheck.<fragment>.<passed|failed|notApplicable|flagged>}. The first six
 * judge one target, the rest the pledge as a whole. docs/domain-rules.md explains each.
 */
public enum TargetRule {
    /** Near-term targets: the temperature class reaches the version's minimum for the boundary. */
    AMBITION("ambition", false),
    /** Near-term targets: the target year lies the version's 5 to 10 (or 15) years after submission. */
    NEAR_TERM_TIMEFRAME("nearTermTimeframe", false),
    /** v5.x: base year no earlier than 2015. */
    BASE_YEAR("baseYear", false),
    /** Coverage of the boundary's base-year emissions: 95 % scope 1+2, 67 % / 90 % scope 3. */
    COVERAGE("coverage", false),
    /** Long-term targets: at least 90 % reduction. */
    LONG_TERM_REDUCTION("longTermReduction", false),
    /** Long-term targets: target year 2050 at the latest. */
    LONG_TERM_YEAR("longTermYear", false),
    /** A near-term target on scope 1+2 (or 1+2+3) exists. */
    SCOPE12_TARGET_REQUIRED("scope12TargetRequired", true),
    /** When scope 3 is at least 40 % of scopes 1+2+3, a near-term target on scope 3 (or 1+2+3) exists. */
    SCOPE3_TARGET_REQUIRED("scope3TargetRequired", true),
    /** Net zero by 2050 at the latest. */
    NET_ZERO_YEAR("netZeroYear", true),
    /** A net-zero year comes with a long-term target (flagged, not refused, when it does not). */
    NET_ZERO_LONG_TERM("netZeroLongTerm", true),
    /** The net-zero year is not before a target year (flagged, not refused, when it is). */
    NET_ZERO_ORDER("netZeroOrder", true);

    private final String keyFragment;
    private final boolean pledgeLevel;

    TargetRule(String keyFragment, boolean pledgeLevel) {
        this.keyFragment = keyFragment;
        this.pledgeLevel = pledgeLevel;
    }

    /** Whether the rule judges the pledge as a whole rather than one target. */
    public boolean pledgeLevel() {
        return pledgeLevel;
    }

    /** {@code pledge.targetCheck.<rule>.<suffix>}. */
    String messageKey(String suffix) {
        return "pledge.targetCheck." + keyFragment + "." + suffix;
    }

    /** The key of the plain outcome: passed, failed, notApplicable or flagged. */
    String messageKey(RuleOutcome outcome) {
        return messageKey(switch (outcome) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            case NOT_APPLICABLE -> "notApplicable";
            case FLAGGED -> "flagged";
        });
    }
}
