package tw.netzero.portal.domain.model.solutions;

/** A proposal is submitted (and may be edited until the deadline) or withdrawn by its provider. */
public enum ProposalStatus {
    SUBMITTED,
    WITHDRAWN
}
