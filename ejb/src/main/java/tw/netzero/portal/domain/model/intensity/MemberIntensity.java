package tw.netzero.portal.domain.model.intensity;

import java.io.Serializable;
import java.util.Objects;
import tw.netzero.portal.domain.model.company.IndustryGroup;

/**
 * One active member's accepted year with activity: who it is, its industry group and the year's
 * {@link YearIntensity}. A row of the open-data intensity download; summed per group on the dashboard.
 */
public record MemberIntensity(long companyId, String ubn, String nameEn, String nameZh, IndustryGroup group,
                              YearIntensity year) implements Serializable {

    private static final long serialVersionUID = 1L;

    public MemberIntensity {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(year, "year");
    }
}
