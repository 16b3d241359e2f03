package tw.netzero.portal.application.filing;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tw.netzero.portal.domain.model.cycle.ReportingCycle;
import tw.netzero.portal.domain.model.filing.ActivityAllowance;
import tw.netzero.portal.domain.model.filing.FilingTotals;
import tw.netzero.portal.domain.model.filing.OnTrackAssessment;
import tw.netzero.portal.domain.model.filing.OnTrackClassifier;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.PledgeTarget;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * Judges a filing against the pathway in force with its year's tolerance: the reporting
 * cycle's (closed cycles too), else the configured default. The member's own progress report
 * and the public profile judge alike.
 */
public final class OnTrackJudgement {

    private final Map<Year, Percentage> toleranceByCycle;
    private final Percentage defaultTolerance;
    private final Map<Year, OnTrackClassifier> byCycle;
    private final OnTrackClassifier withoutCycle;

    public OnTrackJudgement(List<ReportingCycle> cycles, BigDecimal defaultTolerancePercent) {
        this.toleranceByCycle = cycles.stream().collect(
                Collectors.toMap(ReportingCycle::reportingYear, ReportingCycle::tolerance));
        this.defaultTolerance = Percentage.of(defaultTolerancePercent);
        this.byCycle = toleranceByCycle.entrySet().stream().collect(
                Collectors.toMap(Map.Entry::getKey, entry -> new OnTrackClassifier(entry.getValue())));
        this.withoutCycle = new OnTrackClassifier(defaultTolerance);
    }

    /** The tolerance a year is judged with. */
    public Percentage toleranceIn(Year year) {
        return toleranceByCycle.getOrDefault(year, defaultTolerance);
    }

    /**
     * Judges a filing like for like with the pledge in force (GHG Protocol Scope 2 Guidance; domain
     * brief, "Progress filings"): its emissions measured with the base year's scope 2 method, and
     * "not comparable" when a scope 3 category the pledge covers is not evaluated. Years before the
     * pathway's base year have nothing to compare with (as without a pledge).
     */
    public OnTrackAssessment of(ProgressFiling filing, Optional<PledgeTerms> termsInForce) {
        OnTrackClassifier classifier = byCycle.getOrDefault(filing.reportingYear(), withoutCycle);
        Optional<PledgeTerms> comparable = termsInForce.filter(t -> !filing.reportingYear().isBefore(t.baseYear()));
        if (comparable.isEmpty()) {
            return classifier.classify(filing.totalEmissions(), filing.reportingYear(), null);
        }
        Pathway pathway = Pathway.of(comparable.get());
        FilingTotals totals = filing.totals();
        Optional<Emissions> actual = totals.measuredLike(comparable.get().inventory());
        if (actual.isEmpty()) {
            return OnTrackAssessment.notComparable(totals.marketBased(), pathway.allowedIn(filing.reportingYear()));
        }
        Optional<PledgeTarget> intensity = ActivityAllowance.intensityTargetIn(comparable.get(),
                filing.reportingYear());
        if (intensity.isPresent()) {
            ActivityAllowance allowance = ActivityAllowance.at(intensity.get(),
                    pathway.allowedIn(filing.reportingYear()), filing.productionOutput(), filing.productionUnit());
            return allowance.comparable() ? classifier.classify(actual.get(), allowance.allowed())
                    : OnTrackAssessment.notComparable(actual.get(), null, allowance.reasonKey(),
                    allowance.reasonArguments().toArray());
        }
        return classifier.classify(actual.get(), filing.reportingYear(), pathway);
    }
}
