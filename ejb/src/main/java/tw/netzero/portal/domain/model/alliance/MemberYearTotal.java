package tw.netzero.portal.domain.model.alliance;

import java.time.Year;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.filing.FilingTotals;

/** One active member's accepted filing of one year, reduced to its totals as accepted. */
public record MemberYearTotal(long companyId, IndustryGroup group, Year year, FilingTotals totals) {
}
