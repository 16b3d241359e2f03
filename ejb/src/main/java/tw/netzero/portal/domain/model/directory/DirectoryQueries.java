package tw.netzero.portal.domain.model.directory;

import java.util.Collection;
import java.util.List;

/** The database side of the public directory: one statement for all active members. */
public interface DirectoryQueries {

    /** Every active member, with its latest accepted filing: one row each. */
    List<MemberFacts> activeMembers();

    /** The same for these members only (those still active): what an incremental update reads (decision 0026). */
    List<MemberFacts> activeMembers(Collection<Long> companyIds);
}
