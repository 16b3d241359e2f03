package tw.netzero.portal.application.pledge;

import java.io.Serializable;
import java.util.List;
import tw.netzero.portal.domain.model.pledge.RestatementEntry;
import tw.netzero.portal.domain.model.pledge.RestatementEvidence;

/** What a reviewer sees of one restatement: it, the company's pledge (with the accepted ledger) and its evidence. */
public record RestatementReview(RestatementEntry restatement, PledgeOverview pledge,
                                List<RestatementEvidence> evidence) implements Serializable {
}
