package tw.netzero.portal.domain.model.alliance;

import java.io.Serializable;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tw.netzero.portal.domain.model.pledge.Alignment;
import tw.netzero.portal.domain.model.pledge.TargetBoundary;
import tw.netzero.portal.domain.model.pledge.TargetHorizon;

/**
 * How many near-term targets of the approved pledges in force lie on each boundary with each
 * classification (issue 12, item 5), as SBTi's dashboard counts targets per boundary: each
 * target's class under the criteria in force when its pledge was submitted (docs/domain-rules.md,
 * sections 3 and 8a). Long-term targets have no temperature class and are not counted here.
 * Only combinations that occur are listed, boundary by boundary, strongest class first.
 */
public record ApprovedTargetCounts(List<Line> lines) implements Serializable {

    /** The number of near-term targets on one boundary with one classification. */
    public record Line(TargetBoundary boundary, Alignment alignment, int targets) implements Serializable {
    }

    public ApprovedTargetCounts {
        lines = List.copyOf(lines);
    }

    public static ApprovedTargetCounts of(List<PledgeInForce> pledges) {
        Map<TargetBoundary, Map<Alignment, Integer>> counts = new EnumMap<>(TargetBoundary.class);
        pledges.forEach(pledge -> pledge.preCheck().targets().stream()
                .filter(verdict -> verdict.target().horizon() == TargetHorizon.NEAR_TERM)
                .forEach(verdict -> counts.computeIfAbsent(verdict.target().boundary(),
                                boundary -> new EnumMap<>(Alignment.class))
                        .merge(Alignment.of(verdict.classification()), 1, Integer::sum)));
        List<Line> lines = counts.entrySet().stream()
                .flatMap(byBoundary -> byBoundary.getValue().entrySet().stream()
                        .map(byAlignment -> new Line(byBoundary.getKey(), byAlignment.getKey(), byAlignment.getValue())))
                .sorted(Comparator.comparing(Line::boundary).thenComparing(Line::alignment))
                .toList();
        return new ApprovedTargetCounts(lines);
    }

    /** The count of one combination; 0 when none. */
    public int targets(TargetBoundary boundary, Alignment alignment) {
        return lines.stream().filter(line -> line.boundary() == boundary && line.alignment() == alignment)
                .mapToInt(Line::targets).sum();
    }
}
