package tw.netzero.portal.domain.model.training;

import java.io.Serializable;
import java.math.BigDecimal;
import tw.netzero.portal.domain.model.company.IndustryGroup;

/**
 * Training records summed: for one member (group null) on its profile, or for an industry group's
 * active members on the dashboard.
 *
 * @param members      members with at least one record (1 or 0 for one member)
 * @param courses      records
 * @param staff        staff trained, counted once per course completed
 * @param personHours  hours per person times staff, summed
 */
public record TrainingTotals(IndustryGroup group, long members, long courses, long staff, BigDecimal personHours)
        implements Serializable {

    public static TrainingTotals none(IndustryGroup group) {
        return new TrainingTotals(group, 0, 0, 0, BigDecimal.ZERO);
    }
}
