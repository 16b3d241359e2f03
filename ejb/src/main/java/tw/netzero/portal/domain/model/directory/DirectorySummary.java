package tw.netzero.portal.domain.model.directory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The strip above the directory, over all active members.
 *
 * @param onTrackPercent    among members whose latest reported year was judged against their
 *                          pledge, the share on track; null when none was
 * @param reductionPercent  alliance reduction since base year: 1 − (sum of the latest reported
 *                          totals ÷ sum of the base-year totals), over the members counted in
 *                          {@code membersInReduction} (a pledge in force and a reported year from its
 *                          base year on), so both sums cover the same companies; negative is an
 *                          increase; null when no member counts
 */
public record DirectorySummary(int members, int approvedPledges, int judged, BigDecimal onTrackPercent,
                               int membersInReduction, BigDecimal reductionPercent) implements Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static DirectorySummary of(List<DirectoryRow> rows) {
        int approved = (int) rows.stream().filter(row -> row.pledge() == PledgeStanding.APPROVED).count();
        int onTrack = (int) rows.stream().filter(row -> row.track() == TrackBadge.ON_TRACK).count();
        int judged = (int) rows.stream().filter(row -> row.track() != null).count();
        List<DirectoryRow> comparable = rows.stream().filter(DirectoryRow::comparableWithBaseYear).toList();
        BigDecimal base = comparable.stream().map(row -> row.baseYearTotal().tonnes()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal latest = comparable.stream().map(row -> row.latestTotal().tonnes()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new DirectorySummary(rows.size(), approved, judged,
                judged == 0 ? null : percent(BigDecimal.valueOf(onTrack), BigDecimal.valueOf(judged)),
                comparable.size(), base.signum() == 0 ? null : percent(base.subtract(latest), base));
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
