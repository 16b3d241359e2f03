package tw.netzero.portal.domain.model.alliance;

import java.time.Year;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.shared.Emissions;

/** The accepted filings of one industry group's active members in one year: how many, and their summed total. */
public record GroupYearTotal(Year year, IndustryGroup group, int filings, Emissions total) {
}
