package tw.netzero.portal.application.solutions;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import tw.netzero.portal.domain.model.solutions.SecondRound;

/** A call's second round as the secretariat's page shows it (decision 0055). */
public record SecondRoundAsked(Set<Long> proposalIds, BigDecimal lastWinnerScore, BigDecimal firstNonWinnerScore,
                               String requestedBy, Instant requestedAt) implements Serializable {

    static SecondRoundAsked of(SecondRound round) {
        return new SecondRoundAsked(round.proposalIds(), round.lastWinnerScore(), round.firstNonWinnerScore(),
                round.requestedBy(), round.requestedAt());
    }
}
