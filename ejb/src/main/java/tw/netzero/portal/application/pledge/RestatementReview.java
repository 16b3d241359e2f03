package tw.netzero.portal.application.pledge;

import java.io.Serializable;
import java.util.List;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.pledge.RestatementEntry;
import tw.netzero.portal.domain.model.pledge.RestatementEvidence;

/**
 * What a reviewer sees of one restatement: it, its company, the company's pledge (with the ledger of
 * the accepted restatements) and its evidence.
 */
public record RestatementReview(RestatementEntry restatement, MemberCompany company, PledgeOverview pledge,
                                List<RestatementEvidence> evidence) implements Serializable {
}
