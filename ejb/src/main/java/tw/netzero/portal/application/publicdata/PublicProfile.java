package tw.netzero.portal.application.publicdata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.netzero.portal.domain.model.company.District;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.credit.CreditProjectType;
import tw.netzero.portal.domain.model.credit.CreditRegistry;
import tw.netzero.portal.domain.model.filing.AssuranceLevel;
import tw.netzero.portal.domain.model.filing.OnTrackAssessment;
import tw.netzero.portal.domain.model.intensity.YearIntensity;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.PreCheckResult;
import tw.netzero.portal.domain.model.pledge.RestatementReason;
import tw.netzero.portal.domain.model.pledge.SbtiValidation;
import tw.netzero.portal.domain.model.pledge.Target;
import tw.netzero.portal.domain.model.pledge.TargetPathway;
import tw.netzero.portal.domain.model.registry.VerificationStatus;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.domain.model.training.TrainingTotals;

/**
 * A member company as the public sees it: its public facts, the approved pledge in force (null
 * when there is none), its accepted yearly figures and its base-year restatements. Built only
 * from public data by {@link PublicProfiles}; the profile page and the open-data API show it.
 *
 * @param credits      the carbon credits the member retired and published, beside its pledge's offsets policy
 * @param training     its staff's carbon-management training, summed (the records themselves stay the member's)

 * @param lastModified when data that this profile (or any other public figure) shows last changed
 */
public record PublicProfile(Ubn ubn, String nameEn, String nameZh, IndustryGroup industryGroup, District district,
                            String website, LocalDate memberSince, Pledge pledge, List<ReportedYear> reportedYears,
                            Ledger ledger, Credits credits, TrainingTotals training,
                            List<RegisteredYear> registry, Instant lastModified) {

    /** The same profile dated as public data last changed (a profile kept from an earlier version, decision 0060). */
    public PublicProfile withLastModified(Instant changedAt) {
        return changedAt.equals(lastModified) ? this : new PublicProfile(ubn, nameEn, nameZh, industryGroup, district,
                website, memberSince, pledge, reportedYears, ledger, credits, training, registry, changedAt);
    }

    /**
     * The pledge in force: an approved version. The pre-check says whether it would meet the
     * SBTi criteria, never that SBTi validated it.
     *
     * @param submittedOn the day the approved version was submitted (the pre-check's reference day)
     * @param longTerm    null when the pledge sets none
     * @param netZeroYear null when the pledge names none
     * @param sbtiValidation SBTi's own validation as the member recorded it, null when none
     * @param targetPathways one pathway per target boundary, as progress is judged (the chart draws each)
     */
    public record Pledge(int version, LocalDate submittedOn, Year baseYear, Emissions baseYearTotal, Target nearTerm,
                         Target longTerm, Year netZeroYear, PreCheckResult preCheck, Pathway pathway,
                         SbtiValidation sbtiValidation, List<TargetPathway> targetPathways) {
    }

    /**
     * One reporting year's accepted filing (the latest accepted correction, if any).
     *
     * @param onTrack against the pathway in force ({@code NO_APPROVED_PLEDGE} without one or before its base year)
     * @param intensity scope 1 + 2 per million NTD of net revenue and per unit of output (ESRS E1-6; decision 0042)
     */
    public record ReportedYear(Year year, int revision, boolean imported, Emissions scope1,
                               Emissions scope2LocationBased, Emissions scope2MarketBased, Emissions scope3,
                               Emissions total, List<ScopeVerification> verification, OnTrackAssessment onTrack,
                               YearIntensity intensity) {
    }

    /** @param verifier null when unverified or not recorded (imported history) */
    public record ScopeVerification(Scope scope, AssuranceLevel level, String verifier, String standard) {
    }

    /**
     * The base-year restatements against the base-year total of the pledge in force.
     *
     * @param cumulativeChangePercent the sum of the sizes of all restatements, in per cent of the original total
     * @param requiresResubmission    from 5 % (SBTi's significance threshold) the pledge must be resubmitted
     */
    public record Ledger(Emissions originalBaseTotal, Emissions currentBaseTotal, BigDecimal cumulativeChangePercent,
                         boolean requiresResubmission, List<Restatement> entries) {
    }

    /** @param change new minus old, in tCO2e */
    public record Restatement(LocalDate restatedOn, RestatementReason reason, Emissions oldTotal, Emissions newTotal,
                              BigDecimal change) {
    }

    /**
     * Carbon credits retired, reported on their own: never subtracted from the reported years' emissions
     * or counted toward a target (SBTi Corporate Net-Zero Standard v1.0, October 2021: beyond value
     * chain mitigation; decision 0037).
     *
     * @param pledgeCountsOffsets whether the pledge in force says offsets count toward its targets; null without one
     * @param totalTonnes         the tonnes CO2e of all entries
     */
    public record Credits(Boolean pledgeCountsOffsets, BigDecimal totalTonnes, List<RetiredCredit> entries) {
    }

    /**
     * One inventory year of the company's MOENV registry as the secretariat published it (issue 17,
     * item 2; decision 0043): what it registered, its verification and its carbon fee. Years not
     * published stay the member's and the secretariat's.
     *
     * @param targetRate the approved voluntary reduction plan's target rate in per cent, null without one
     */
    public record RegisteredYear(Year inventoryYear, Emissions registered, VerificationStatus verification,
                                 boolean carbonFeePayer, BigDecimal targetRate) {
    }

    /** One published retirement: a block of serials of one registry, one tonne CO2e per serial. */
    public record RetiredCredit(CreditRegistry registry, long serialFirst, long serialLast, Year vintage,
                                CreditProjectType projectType, BigDecimal tonnes, LocalDate retiredOn,
                                String claimedFor) {
    }

    /** The verdict of each reported year, for the chart of each target's pathway. */
    public Map<Year, OnTrackAssessment> verdicts() {
        Map<Year, OnTrackAssessment> verdicts = new TreeMap<>();
        reportedYears.forEach(year -> verdicts.put(year.year(), year.onTrack()));
        return verdicts;
    }

    /** The reported years whose filing states net revenue or production output: the intensity table. */
    public List<YearIntensity> intensities() {
        return reportedYears.stream().map(ReportedYear::intensity).filter(YearIntensity::hasActivity).toList();
    }

    /** Reported totals by year, for the chart against the pathway. */
    public Map<Year, Emissions> reportedTotals() {
        Map<Year, Emissions> totals = new TreeMap<>();
        reportedYears.forEach(year -> totals.put(year.year(), year.total()));
        return totals;
    }
}
