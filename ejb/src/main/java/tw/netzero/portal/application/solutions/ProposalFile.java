package tw.netzero.portal.application.solutions;

import java.io.Serializable;
import tw.netzero.portal.domain.model.evidence.EvidenceType;
import tw.netzero.portal.domain.model.solutions.ProposalAttachment;

/** A file of a proposal as the pages list it (decision 0055): what to show and the id to download it by. */
public record ProposalFile(long id, long proposalId, String name, EvidenceType type, long sizeBytes, String sha256)
        implements Serializable {

    static ProposalFile of(ProposalAttachment attachment) {
        return new ProposalFile(attachment.id(), attachment.proposalId(), attachment.file().originalName(),
                attachment.file().type(), attachment.file().sizeBytes(), attachment.file().sha256());
    }
}
