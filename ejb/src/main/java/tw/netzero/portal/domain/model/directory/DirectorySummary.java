package tw.netzero.portal.domain.model.directory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
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
        return Tally.NONE.plus(rows).summary();
    }

    /**
     * The counts and sums behind a summary. A snapshot updated for a few members takes their old rows
     * out and their new rows in ({@link #minus}, {@link #plus}) instead of a pass over every row
     * (issue 18, item 2); the sums are exact ({@code BigDecimal} addition), so the summary is the
     * same as one of all rows.
     */
    record Tally(int members, int approved, int onTrack, int judged, int comparable, BigDecimal baseTonnes,
                 BigDecimal latestTonnes) {

        static final Tally NONE = new Tally(0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

        Tally plus(Collection<DirectoryRow> rows) {
            return with(rows, 1);
        }

        Tally minus(Collection<DirectoryRow> rows) {
            return with(rows, -1);
        }

        private Tally with(Collection<DirectoryRow> rows, int sign) {
            int members = this.members, approved = this.approved, onTrack = this.onTrack, judged = this.judged;
            int comparable = this.comparable;
            BigDecimal base = baseTonnes, latest = latestTonnes;
            for (DirectoryRow row : rows) {
                members += sign;
                approved += row.pledge() == PledgeStanding.APPROVED ? sign : 0;
                onTrack += row.track() == TrackBadge.ON_TRACK ? sign : 0;
                judged += row.track() != null ? sign : 0;
                if (row.comparableWithBaseYear()) {
                    comparable += sign;
                    base = sign > 0 ? base.add(row.baseYearTotal().tonnes()) : base.subtract(row.baseYearTotal().tonnes());
                    latest = sign > 0 ? latest.add(row.latestTotal().tonnes()) : latest.subtract(row.latestTotal().tonnes());
                }
            }
            return new Tally(members, approved, onTrack, judged, comparable, base, latest);
        }

        DirectorySummary summary() {
            return new DirectorySummary(members, approved, judged,
                    judged == 0 ? null : percent(BigDecimal.valueOf(onTrack), BigDecimal.valueOf(judged)),
                    comparable, baseTonnes.signum() == 0 ? null : percent(baseTonnes.subtract(latestTonnes), baseTonnes));
        }
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
