package tw.netzero.portal.domain.model.alliance;

import java.time.Year;
import java.util.Objects;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.filing.FilingTotals;
import tw.netzero.portal.domain.model.filing.ReportingYearFigures;

/**
 * One member's accepted filing of one year, reduced to its totals as accepted.
 *
 * @param stillMember   false for a member that has since left the alliance (suspended or withdrawn):
 *                      its years count in the alliance's totals of the years it was in, it is judged no more
 * @param firstAccepted the totals of the year's first accepted revision, before any accepted correction
 *                      (the same as {@code totals} when never corrected): what the year was first reported with
 * @param figures       the year's figures per scope and scope 3 category, from which each target of the
 *                      pledge is judged on its own boundary (null when not read: judged on {@code totals})
 */
public record MemberYearTotal(long companyId, IndustryGroup group, Year year, FilingTotals totals, boolean stillMember,
                              FilingTotals firstAccepted, ReportingYearFigures figures) {

    public MemberYearTotal {
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(firstAccepted, "firstAccepted");
    }

    /** A year without its figures per scope. */
    public MemberYearTotal(long companyId, IndustryGroup group, Year year, FilingTotals totals, boolean stillMember,
                           FilingTotals firstAccepted) {
        this(companyId, group, year, totals, stillMember, firstAccepted, null);
    }

    /** An active member's year, never corrected. */
    public MemberYearTotal(long companyId, IndustryGroup group, Year year, FilingTotals totals) {
        this(companyId, group, year, totals, true, totals);
    }
}
