package tw.netzero.portal.domain.model.pledge;

/**
 * The verdict of one target pre-check rule. Only {@link #FAILED} makes a pledge inconsistent
 * with the SBTi criteria; {@link #FLAGGED} asks the reviewer to look (a net-zero year without a
 * long-term target) without refusing anything.
 */
public enum RuleOutcome {
    PASSED,
    FAILED,
    NOT_APPLICABLE,
    FLAGGED;

    /** {@code pledge.ruleOutcome.PASSED} and so on. */
    public String messageKey() {
        return "pledge.ruleOutcome." + name();
    }
}
