package tw.netzero.portal.domain.model.solutions;

/** What the secretariat decided when it published the results: not selected, shortlisted, or a winner (also on the shortlist). */
public enum ProposalOutcome {
    NONE,
    SHORTLISTED,
    WINNER
}
