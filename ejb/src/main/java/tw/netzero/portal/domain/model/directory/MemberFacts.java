package tw.netzero.portal.domain.model.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.filing.FilingTotals;
import tw.netzero.portal.domain.model.filing.ReportingYearFigures;

/**
 * What the database says about one active member for the directory, in one row: its public
 * profile, whether a pledge version is waiting for review, and its latest accepted filing
 * (not superseded) with that filing's totals as accepted (null year and totals when it has none)
 * and its production output with the unit (V18; null when not filed), and the end of its
 * commitment window when the secretariat extended it (else null).
 *
 * @param latestFigures the latest filing's figures per scope and scope 3 category, from which each
 *                      target of the pledge is judged on its own boundary (null when not read: the
 *                      badge is then judged on {@code latestTotals} as a whole)
 */
public record MemberFacts(long companyId, String ubn, String nameEn, String nameZh, IndustryGroup group,
                          LocalDate memberSince, boolean pledgeInReview, Year latestReportedYear,
                          FilingTotals latestTotals, LocalDate commitmentExtendedTo, BigDecimal latestProductionOutput,
                          String latestProductionUnit, ReportingYearFigures latestFigures) {

    /** Facts without the latest filing's figures per scope. */
    public MemberFacts(long companyId, String ubn, String nameEn, String nameZh, IndustryGroup group,
                       LocalDate memberSince, boolean pledgeInReview, Year latestReportedYear,
                       FilingTotals latestTotals, LocalDate commitmentExtendedTo, BigDecimal latestProductionOutput,
                       String latestProductionUnit) {
        this(companyId, ubn, nameEn, nameZh, group, memberSince, pledgeInReview, latestReportedYear, latestTotals,
                commitmentExtendedTo, latestProductionOutput, latestProductionUnit, null);
    }

    /** Facts whose latest filing states no production output. */
    public MemberFacts(long companyId, String ubn, String nameEn, String nameZh, IndustryGroup group,
                       LocalDate memberSince, boolean pledgeInReview, Year latestReportedYear,
                       FilingTotals latestTotals, LocalDate commitmentExtendedTo) {
        this(companyId, ubn, nameEn, nameZh, group, memberSince, pledgeInReview, latestReportedYear, latestTotals,
                commitmentExtendedTo, null, null);
    }
}
