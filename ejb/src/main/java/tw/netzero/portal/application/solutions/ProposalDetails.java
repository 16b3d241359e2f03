package tw.netzero.portal.application.solutions;

import java.io.Serializable;
import java.math.BigDecimal;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.solutions.Proposal;
import tw.netzero.portal.domain.model.solutions.ProposalContent;
import tw.netzero.portal.domain.model.solutions.ProposalOutcome;
import tw.netzero.portal.domain.model.solutions.ProposalStatus;

/**
 * A proposal as its provider and the jury read it: a read-only copy of {@link Proposal} with what the provider
 * wrote as the form's {@link ProposalContent}, so that no entity reaches a view (issue 19, item 2).
 * {@code challengeId} is null for a proposal to the call as a whole; {@code version} is what a revision sends back.
 */
public record ProposalDetails(long id, long callId, Long challengeId, ProposalContent content,
                              Emissions expectedReduction, ProposalStatus status, ProposalOutcome outcome, long version)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public static ProposalDetails of(Proposal proposal) {
        return new ProposalDetails(proposal.id(), proposal.callId(), proposal.challengeId(), proposal.content(),
                proposal.expectedReduction(), proposal.status(), proposal.outcome(), proposal.version());
    }

    public boolean isSubmitted() {
        return status == ProposalStatus.SUBMITTED;
    }

    public String title() {
        return content.title();
    }

    public String summary() {
        return content.summary();
    }

    public String reductionBasis() {
        return content.reductionBasis();
    }

    public BigDecimal costFromTwd() {
        return content.costFromTwd();
    }

    public BigDecimal costToTwd() {
        return content.costToTwd();
    }

    public int readinessLevel() {
        return content.readinessLevel();
    }

    public String references() {
        return content.references();
    }
}
