package tw.netzero.portal.domain.model.directory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import tw.netzero.portal.domain.model.alliance.PledgeInForce;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.filing.ActivityAllowance;
import tw.netzero.portal.domain.model.filing.OnTrackClassifier;
import tw.netzero.portal.domain.model.filing.OnTrackStatus;
import tw.netzero.portal.domain.model.filing.PledgeProgress;
import tw.netzero.portal.domain.model.filing.TargetProgressClassifier;
import tw.netzero.portal.domain.model.filing.TargetProgressStatus;
import tw.netzero.portal.domain.model.pledge.Alignment;
import tw.netzero.portal.domain.model.pledge.CommitmentStanding;
import tw.netzero.portal.domain.model.pledge.CommitmentWindow;
import tw.netzero.portal.domain.model.pledge.PledgeTarget;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * One member of the public directory: only public facts. The pledge figures are those of the
 * approved version in force (never of a draft or of a version under review); the alignment is
 * the pre-check's for that version's near-term target; the badge judges the latest accepted
 * filing against that version's targets, each like for like on its own boundary, by the pledge's
 * rule (decision 0020; no badge when not comparable). The alignment per boundary is that of the
 * near-term target on scope 1+2 and on scope 3 (a combined scope 1+2+3 target counts for both;
 * null: no such target). Null where there is nothing to show.
 *
 * @param baseYear        base year of the pledge in force (for the alliance reduction)
 * @param baseYearTotal   its base-year total
 * @param latestTotal     the latest accepted filing's total: measured like the base year when a
 *                        pledge is in force (null when not comparable), else scope 2 market-based
 */
public record DirectoryRow(long companyId, String ubn, String nameEn, String nameZh, IndustryGroup group,
                           LocalDate memberSince, PledgeStanding pledge, Alignment alignment, Year nearTermYear,
                           BigDecimal nearTermReductionPercent, Year netZeroYear, Year latestReportedYear,
                           TrackBadge track, Year baseYear, Emissions baseYearTotal, Emissions latestTotal,
                           Alignment scope12Alignment, Alignment scope3Alignment)
        implements Serializable {

    /**
     * Puts a member's row together.
     *
     * @param pledge     the pledge in force, or null
     * @param classifier the on-track rule with the tolerance of the latest reported year's cycle
     * @param today      the day in the alliance's zone, for the commitment window
     */
    public static DirectoryRow of(MemberFacts facts, PledgeInForce pledge, OnTrackClassifier classifier,
                                  LocalDate today) {
        PledgeStanding standing = standing(facts, pledge != null, today);
        Year latestYear = facts.latestReportedYear();
        if (pledge == null) {
            return new DirectoryRow(facts.companyId(), facts.ubn(), facts.nameEn(), facts.nameZh(), facts.group(),
                    facts.memberSince(), standing, null, null, null, null, latestYear, null, null,
                    null, facts.latestTotals() == null ? null : facts.latestTotals().marketBased(), null, null);
        }
        PledgeTerms terms = pledge.terms();
        Emissions latestLikeBaseYear = facts.latestTotals() == null ? null
                : facts.latestTotals().measuredLike(terms.inventory()).orElse(null);
        return new DirectoryRow(facts.companyId(), facts.ubn(), facts.nameEn(), facts.nameZh(), facts.group(),
                facts.memberSince(), standing, pledge.alignment(), terms.nearTerm().targetYear(),
                terms.nearTerm().reduction().value(), terms.netZeroYear(), latestYear,
                badge(facts, latestLikeBaseYear, pledge, classifier), terms.baseYear(), terms.inventory().total(),
                latestLikeBaseYear, pledge.scope12Alignment(), pledge.scope3Alignment());
    }

    /**
     * Approved wins; else a commitment window that is over (lapsed, or extended) wins over a
     * version in review: the issue asks for targets approved within 24 months, not only submitted.
     */
    static PledgeStanding standing(MemberFacts facts, boolean approved, LocalDate today) {
        if (approved) {
            return PledgeStanding.APPROVED;
        }
        CommitmentStanding commitment = facts.memberSince() == null ? CommitmentStanding.WITHIN
                : new CommitmentWindow(facts.memberSince(), facts.commitmentExtendedTo()).standing(false, today);
        return switch (commitment) {
            case LAPSED -> PledgeStanding.LAPSED;
            case EXTENDED -> PledgeStanding.EXTENDED;
            default -> facts.pledgeInReview() ? PledgeStanding.SUBMITTED : PledgeStanding.NONE;
        };
    }

    /**
     * Judged like a member's own progress report: only years from the pathway's first year on, each
     * target on its own boundary and the pledge by the rule of {@link PledgeProgress} (decision 0020);
     * no badge when the year is not comparable. Facts read without figures per scope (tests) are
     * judged on the kept totals as a whole, an intensity pledge at the filed output.
     */
    private static TrackBadge badge(MemberFacts facts, Emissions latestLikeBaseYear, PledgeInForce pledge,
                                    OnTrackClassifier classifier) {
        Year year = facts.latestReportedYear();
        if (year == null || year.isBefore(pledge.pathway().firstYear())) {
            return null;
        }
        if (facts.latestFigures() != null) {
            TargetProgressStatus status = PledgeProgress.of(pledge.terms(), facts.latestFigures(),
                    new TargetProgressClassifier(classifier.tolerance())).status();
            return status == TargetProgressStatus.ON_TRACK ? TrackBadge.ON_TRACK
                    : status == TargetProgressStatus.OFF_TRACK ? TrackBadge.OFF_TRACK : null;
        }
        if (latestLikeBaseYear == null) {
            return null;
        }
        Optional<PledgeTarget> intensity = ActivityAllowance.intensityTargetIn(pledge.terms(), year);
        OnTrackStatus status;
        if (intensity.isPresent()) {
            ActivityAllowance allowance = ActivityAllowance.at(intensity.get(), pledge.pathway().allowedIn(year),
                    facts.latestProductionOutput(), facts.latestProductionUnit());
            if (!allowance.comparable()) {
                return null;
            }
            status = classifier.classify(latestLikeBaseYear, allowance.allowed()).status();
        } else {
            status = classifier.classify(latestLikeBaseYear, year, pledge.pathway()).status();
        }
        return status == OnTrackStatus.ON_TRACK ? TrackBadge.ON_TRACK : TrackBadge.OFF_TRACK;
    }

    /** Counts in the alliance reduction: a pledge in force and a reported year from its base year on. */
    boolean comparableWithBaseYear() {
        return baseYearTotal != null && latestTotal != null && latestReportedYear != null
                && !latestReportedYear.isBefore(baseYear);
    }
}
