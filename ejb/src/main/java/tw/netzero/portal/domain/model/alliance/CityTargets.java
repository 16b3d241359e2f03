package tw.netzero.portal.domain.model.alliance;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.PathwayPoint;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * Kaohsiung's climate goals (domain brief, "The alliance"): -30 % by 2030 against 2005 [city
 * news] and net zero by 2050 [press release].
 *
 * <p>The brief gives no city total for 2005 in tonnes (only that 2021 was 13.2 %, 8.77 Mt, below
 * it), and the alliance's members are only part of the city anyway, so the dashboard does not
 * draw the city's own line. It draws the city's goals applied to the alliance: the alliance's
 * base emissions falling along a straight line to 30 % less in 2030 and to zero in 2050.
 */
public final class CityTargets {

    /** The city's interim goal: 30 % below the base by 2030. */
    public static final Year INTERIM_YEAR = Year.of(2030);
    public static final Percentage INTERIM_REDUCTION = Percentage.of("30");
    /** The city's goal: net zero by 2050. */
    public static final Year NET_ZERO_YEAR = Year.of(2050);

    private CityTargets() {
    }

    /**
     * The city's goals applied to a base level in a base year: linear to -30 % in 2030 (skipped
     * when the base year is not before 2030), then linear to zero in 2050.
     */
    public static Pathway appliedTo(Emissions base, Year baseYear) {
        Objects.requireNonNull(base, "base");
        if (!baseYear.isBefore(NET_ZERO_YEAR)) {
            throw new IllegalArgumentException("Base year " + baseYear + " is not before " + NET_ZERO_YEAR);
        }
        List<PathwayPoint> points = new ArrayList<>();
        points.add(new PathwayPoint(baseYear, base));
        if (baseYear.isBefore(INTERIM_YEAR)) {
            points.add(new PathwayPoint(INTERIM_YEAR, base.reducedBy(INTERIM_REDUCTION)));
        }
        points.add(new PathwayPoint(NET_ZERO_YEAR, Emissions.ZERO));
        return Pathway.through(points);
    }
}
