package tw.netzero.portal.domain.model.alliance;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Aggregate reads across the alliance's active members, answered by the database (sums and
 * counts), never by loading filings. A filing's total is what on-track judgements use: scope 1 +
 * market-based scope 2 + reported scope 3 ({@code ProgressFiling.totalEmissions}); only accepted
 * filings that no accepted correction supersedes count.
 */
public interface AllianceQueries {

    /** Accepted filings summed by reporting year and industry group. */
    List<GroupYearTotal> acceptedTotalsByYearAndGroup();

    /**
     * Each member's accepted filing totals per year: one row per member and year, for the on-track
     * verdict and the like-for-like series; members since suspended or withdrawn included, marked.
     * Handed over one at a time as they are read, in no order, none kept: at 100,000 members they are
     * millions, more than the heap holds at once (decision 0059).
     */
    void forEachAcceptedMemberYear(Consumer<MemberYearTotal> each);

    /** The pledge in force of every active member that has one. */
    List<PledgeInForce> pledgesInForce();

    /** The same for these members only (decision 0026). */
    List<PledgeInForce> pledgesInForce(Collection<Long> companyIds);

    /** Coverage of every reporting year (each year's filers, with the members and pledges counted once). */
    AllianceCoverage coverage();
}
