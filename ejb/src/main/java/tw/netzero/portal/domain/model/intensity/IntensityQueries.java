package tw.netzero.portal.domain.model.intensity;

import java.time.Year;
import java.util.List;

/** What the alliance's intensity is computed from. */
public interface IntensityQueries {

    /**
     * The scope 1 + 2 and activity of every active member's accepted, current filing that states
     * net revenue or production output, one per member and year, up to a reporting year.
     */
    List<MemberIntensity> acceptedWithActivity(Year upTo);
}
