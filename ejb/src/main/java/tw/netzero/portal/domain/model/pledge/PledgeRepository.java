package tw.netzero.portal.domain.model.pledge;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The pledge versions of all companies. */
public interface PledgeRepository {

    Optional<PledgeVersion> find(long id);

    /** A company's versions, newest first. */
    List<PledgeVersion> ofCompany(long companyId);

    /** Versions in these states across companies, oldest submission first (review queues). */
    List<PledgeVersion> inStatus(Set<PledgeStatus> statuses);

    void add(PledgeVersion version);

    /** A company's base-year restatements, oldest first, in every status. */
    List<RestatementEntry> restatementsOf(long companyId);

    void add(RestatementEntry restatement);

    Optional<RestatementEntry> findRestatement(long id);

    void add(RestatementEvidence evidence);

    Optional<RestatementEvidence> findRestatementEvidence(long id);

    /** A restatement's evidence, oldest first. */
    List<RestatementEvidence> evidenceOf(long restatementId);
}
