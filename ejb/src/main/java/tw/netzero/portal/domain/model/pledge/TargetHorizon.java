package tw.netzero.portal.domain.model.pledge;

/**
 * When a target falls due: near-term (5 to 10 or 15 years from submission, by criteria version)
 * or long-term (the deep reduction by 2050 at the latest of the Corporate Net-Zero Standard).
 */
public enum TargetHorizon {
    NEAR_TERM,
    LONG_TERM;

    /** {@code pledge.horizon.NEAR_TERM}, {@code pledge.horizon.LONG_TERM}. */
    public String messageKey() {
        return "pledge.horizon." + name();
    }
}
