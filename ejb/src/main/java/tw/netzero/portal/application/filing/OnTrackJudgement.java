package tw.netzero.portal.application.filing;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tw.netzero.portal.domain.model.cycle.ReportingCycle;
import tw.netzero.portal.domain.model.filing.OnTrackAssessment;
import tw.netzero.portal.domain.model.filing.OnTrackClassifier;
import tw.netzero.portal.domain.model.filing.PledgeProgress;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.filing.ReportingYearFigures;
import tw.netzero.portal.domain.model.filing.TargetProgressClassifier;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * Judges a filing against the pathway in force with its year's tolerance: the reporting
 * cycle's (closed cycles too), else the configured default. The member's own progress report
 * and the public profile judge alike.
 */
public final class OnTrackJudgement {

    private final Map<Year, Percentage> toleranceByCycle;
    private final Percentage defaultTolerance;
    private final OnTrackClassifier withoutPledge = new OnTrackClassifier();

    public OnTrackJudgement(List<ReportingCycle> cycles, BigDecimal defaultTolerancePercent) {
        this.toleranceByCycle = cycles.stream().collect(
                Collectors.toMap(ReportingCycle::reportingYear, ReportingCycle::tolerance));
        this.defaultTolerance = Percentage.of(defaultTolerancePercent);
    }

    /** The tolerance a year is judged with. */
    public Percentage toleranceIn(Year year) {
        return toleranceByCycle.getOrDefault(year, defaultTolerance);
    }

    /**
     * Judges a filing target by target, each on its own boundary like for like (GHG Protocol Scope 2
     * Guidance: the scope 2 method of its base year; domain brief, "Progress filings": "not
     * comparable" when a covered scope 3 category is not evaluated; intensity targets on the filed
     * activity), and the pledge by the rule of {@link PledgeProgress} (decision 0020). Years before
     * the base year have nothing to compare with (as without a pledge).
     */
    public OnTrackAssessment of(ProgressFiling filing, Optional<PledgeTerms> termsInForce) {
        return of(ReportingYearFigures.of(filing), termsInForce);
    }

    /** The same for a year's figures: a filing's, or a complete draft's before it is submitted (the preview). */
    public OnTrackAssessment of(ReportingYearFigures figures, Optional<PledgeTerms> termsInForce) {
        Optional<PledgeTerms> comparable = termsInForce.filter(t -> !figures.year().isBefore(t.baseYear()));
        if (comparable.isEmpty()) {
            return withoutPledge.classify(figures.totalEmissions(), figures.year(), null);
        }
        return progress(comparable.get(), figures).assessment();
    }

    /** The year's progress on every target of the terms, with the tolerance of the year's cycle. */
    public PledgeProgress progress(PledgeTerms terms, ReportingYearFigures figures) {
        return PledgeProgress.of(terms, figures, new TargetProgressClassifier(toleranceIn(figures.year())));
    }
}
