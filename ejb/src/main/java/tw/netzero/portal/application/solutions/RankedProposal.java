package tw.netzero.portal.application.solutions;

import java.io.Serializable;
import java.math.BigDecimal;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.solutions.ProposalOutcome;
import tw.netzero.portal.domain.model.solutions.ProposalStatus;
import tw.netzero.portal.domain.model.solutions.Ranking;

/**
 * A proposal's line in the secretariat's ranking: its place (score, spread, ties) and what identifies it;
 * for a proposal in the second round (decision 0055) its place counts round two's scores, and
 * {@code roundOneScore} keeps round one's for the record (null otherwise).
 */
public record RankedProposal(Ranking.Place place, String title, String organisation, String country,
                             Emissions expectedReduction, ProposalStatus status, ProposalOutcome outcome,
                             boolean inSecondRound, BigDecimal roundOneScore)
        implements Serializable {

    public long proposalId() {
        return place.proposalId();
    }
}
