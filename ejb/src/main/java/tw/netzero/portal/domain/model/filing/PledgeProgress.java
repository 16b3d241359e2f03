package tw.netzero.portal.domain.model.filing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.domain.model.pledge.PledgeTarget;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.pledge.TargetPathway;

/**
 * A pledge's progress in one reporting year: one verdict per target boundary, each judged like for
 * like on its own pathway ({@link TargetProgressClassifier}; issue 12, item 4), and the pledge's
 * verdict derived from them (decision 0020; docs/domain-rules.md, section 7b):
 * <ol>
 *   <li>OFF_TRACK when any comparable target is off track: a shortfall measured on one boundary is
 *       not undone by a year that cannot be measured on another;</li>
 *   <li>else NOT_COMPARABLE when any target is not comparable: "on track" claims every target, and a
 *       not-evaluated category inside a boundary is unknown, not zero (domain brief, "Progress
 *       filings");</li>
 *   <li>else ON_TRACK.</li>
 * </ol>
 * The headline target (the first near-term target covering scope 1+2) comes first, so it decides
 * among equals and its figures stand for an on-track pledge.
 *
 * @param targets one verdict per pathway ({@link TargetPathway#allOf}), the headline's first
 */
public record PledgeProgress(List<TargetProgress> targets) {

    public PledgeProgress {
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("A pledge has at least one target");
        }
    }

    /** Judges the year on every target of the terms; refuses a year before the base year. */
    public static PledgeProgress of(PledgeTerms terms, ReportingYearFigures figures,
                                    TargetProgressClassifier classifier) {
        PledgeTarget headline = terms.headlineNearTerm();
        List<TargetPathway> pathways = new ArrayList<>(TargetPathway.allOf(terms.targets()));
        // A stable sort: the headline's pathway first, the others in the pledge's order.
        pathways.sort(Comparator.comparing(pathway -> !pathway.measuredTarget().equals(headline)));
        return new PledgeProgress(pathways.stream().map(pathway -> classifier.classify(pathway, figures)).toList());
    }

    /** The pledge's verdict (the rule above). */
    public TargetProgressStatus status() {
        return deciding().status();
    }

    /** The target whose verdict is the pledge's: the first off track, else the first not comparable, else the headline. */
    public TargetProgress deciding() {
        return first(TargetProgressStatus.OFF_TRACK).or(() -> first(TargetProgressStatus.NOT_COMPARABLE))
                .orElse(targets.get(0));
    }

    private Optional<TargetProgress> first(TargetProgressStatus status) {
        return targets.stream().filter(target -> target.status() == status).findFirst();
    }

    /**
     * The pledge's verdict as the views and the API show it: the deciding target's tonnes (actual,
     * allowed at the year's activity, gap), or its reason when not comparable, with every target's row.
     */
    public OnTrackAssessment assessment() {
        TargetProgress deciding = deciding();
        if (!deciding.comparable()) {
            return new OnTrackAssessment(OnTrackStatus.NOT_COMPARABLE, null, null, null, null,
                    deciding.messageKey(), deciding.arguments(), targets);
        }
        OnTrackStatus status = deciding.status() == TargetProgressStatus.ON_TRACK ? OnTrackStatus.ON_TRACK
                : OnTrackStatus.OFF_TRACK;
        return new OnTrackAssessment(status, deciding.actualEmissions(), deciding.allowedEmissions(), deciding.gapTonnes(),
                deciding.gapTonnesPercentOfAllowed(), null, List.of(), targets);
    }
}
