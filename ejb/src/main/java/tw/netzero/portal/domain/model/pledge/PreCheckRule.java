package tw.netzero.portal.domain.model.pledge;

/** The criteria the pre-check tests, each with the fragment of its message keys. */
public enum PreCheckRule {
    NEAR_TERM_TIMEFRAME("nearTermTimeframe"),
    BASE_YEAR("baseYear"),
    SCOPE12_COVERAGE("scope12Coverage"),
    AMBITION("ambition"),
    SCOPE3_NEAR_TERM_COVERAGE("scope3NearTermCoverage"),
    SCOPE3_LONG_TERM_COVERAGE("scope3LongTermCoverage"),
    LONG_TERM_REDUCTION("longTermReduction"),
    NET_ZERO_YEAR("netZeroYear");

    private final String keyFragment;

    PreCheckRule(String keyFragment) {
        this.keyFragment = keyFragment;
    }

    /** {@code pledge.precheck.<rule>.passed}, {@code .failed} or {@code .notApplicable}. */
    String messageKey(String outcome) {
        return "pledge.precheck." + keyFragment + "." + outcome;
    }
}
