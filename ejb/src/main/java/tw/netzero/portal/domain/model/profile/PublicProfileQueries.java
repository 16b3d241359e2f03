package tw.netzero.portal.domain.model.profile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;
import tw.netzero.portal.domain.model.pledge.RestatementEntry;

/**
 * The reads behind a public member profile. Each selects only what is public, so that no
 * draft, submitted or returned version and no unaccepted filing is ever loaded for it.
 */
public interface PublicProfileQueries {

    /** The company with this UBN when it is an active member (applicants and former members are not public). */
    Optional<PublicFacts> activeMember(Ubn ubn);

    /** The newest approved pledge version of the company: the pledge in force. */
    Optional<PledgeVersion> pledgeInForce(long companyId);

    /** The company's accepted filings that no accepted correction has superseded, by year. */
    List<ProgressFiling> acceptedFilings(long companyId);

    /** The company's ACCEPTED base-year restatements, oldest first: the public sees no other (decision 0033). */
    List<RestatementEntry> restatements(long companyId);
}
