package tw.netzero.portal.domain.model.pledge;

/** Where a member's commitment stands (SBTi's dashboard: "Committed", "Extended", "Removed"). */
public enum CommitmentStanding {
    /** Within the 24 months after the commitment, no pledge approved yet. */
    WITHIN,
    /** Past the 24 months, within the extension the secretariat recorded. */
    EXTENDED,
    /** Past the deadline without an approved pledge: "commitment lapsed". */
    LAPSED,
    /** A pledge was approved: the window no longer matters. */
    FULFILLED
}
