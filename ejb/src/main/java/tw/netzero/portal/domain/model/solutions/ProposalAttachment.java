package tw.netzero.portal.domain.model.solutions;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import tw.netzero.portal.domain.model.evidence.StoredFile;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

/**
 * A file a provider attaches to a proposal (issue 16, item 3; decision 0055): a data sheet, a
 * reference plant's figures, a drawing. Checked and stored like a filing's evidence; added and
 * removed only while the proposal may be edited (the call open, the proposal not withdrawn).
 * Never changed once recorded.
 */
@Entity
@Table(name = "solution_proposal_attachment")
@NamedQuery(name = ProposalAttachment.OF_PROPOSAL, query = "SELECT a FROM ProposalAttachment a"
        + " WHERE a.proposalId = :proposal ORDER BY a.file.uploadedAt, a.id")
@NamedQuery(name = ProposalAttachment.OF_PROVIDER, query = "SELECT a FROM ProposalAttachment a, Proposal p"
        + " WHERE a.proposalId = p.id AND p.providerAccountId = :provider ORDER BY a.file.uploadedAt, a.id")
public class ProposalAttachment implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_PROPOSAL = "ProposalAttachment.ofProposal";
    public static final String OF_PROVIDER = "ProposalAttachment.ofProvider";

    /**
     * At most this many files per proposal, 10 MB each (the evidence limit): the jury reads a proposal,
     * not an archive. The alliance's choice, not a rule of any call (decision 0055).
     */
    public static final int MAX_PER_PROPOSAL = 10;

    @Id
    @TableGenerator(name = "solution_proposal_attachment_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "solution_proposal_attachment", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "solution_proposal_attachment_id")
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @Embedded
    private StoredFile file;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 254)
    private String uploadedBy;

    protected ProposalAttachment() {
        // for JPA
    }

    private ProposalAttachment(long proposalId, StoredFile file, String uploadedBy) {
        this.proposalId = proposalId;
        this.file = Objects.requireNonNull(file, "file");
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    }

    /**
     * Refuses another file for the proposal once it may no longer be edited or already has
     * {@link #MAX_PER_PROPOSAL} files; asked before the bytes are checked and stored.
     */
    public static void requireRoomFor(CallForSolutions call, Proposal proposal, int attachedAlready, Instant now) {
        proposal.requireEditable(call, now);
        if (attachedAlready >= MAX_PER_PROPOSAL) {
            throw new DomainRuleViolation("proposal.attachments.tooMany", MAX_PER_PROPOSAL);
        }
    }

    /** A file attached to the proposal; the same checks as {@link #requireRoomFor}. */
    public static ProposalAttachment attach(CallForSolutions call, Proposal proposal, int attachedAlready,
                                            StoredFile file, String uploadedBy, Instant now) {
        requireRoomFor(call, proposal, attachedAlready, now);
        return new ProposalAttachment(proposal.id(), file, uploadedBy);
    }

    /** Refuses to remove the file once the proposal may no longer be edited: the jury then assesses what is there. */
    public void requireRemovable(CallForSolutions call, Proposal proposal, Instant now) {
        if (!Objects.equals(proposalId, proposal.id())) {
            throw new IllegalArgumentException("attachment " + id + " is not of proposal " + proposal.id());
        }
        proposal.requireEditable(call, now);
    }

    public Long id() {
        return id;
    }

    public Long proposalId() {
        return proposalId;
    }

    public StoredFile file() {
        return file;
    }

    public String uploadedBy() {
        return uploadedBy;
    }
}
