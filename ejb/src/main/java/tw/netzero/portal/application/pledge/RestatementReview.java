package tw.netzero.portal.application.pledge;

import java.io.Serializable;
import java.util.List;
import tw.netzero.portal.application.company.CompanyDetails;
import tw.netzero.portal.domain.model.evidence.EvidenceType;
import tw.netzero.portal.domain.model.pledge.RestatementEvidence;

/**
 * What a reviewer sees of one restatement: it, its company, the company's pledge (with the ledger of
 * the accepted restatements) and its evidence; records, not entities (issue 19, item 1).
 */
public record RestatementReview(RestatementDetails restatement, CompanyDetails company, PledgeOverview pledge,
                                List<Evidence> evidence) implements Serializable {

    private static final long serialVersionUID = 1L;

    public RestatementReview {
        evidence = List.copyOf(evidence);
    }

    /** One evidence file of the restatement: what its download link shows. */
    public record Evidence(long id, String originalName, EvidenceType type) implements Serializable {

        private static final long serialVersionUID = 1L;

        static Evidence of(RestatementEvidence evidence) {
            return new Evidence(evidence.id(), evidence.file().originalName(), evidence.file().type());
        }
    }
}
