package tw.netzero.portal.domain.model.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import tw.netzero.portal.domain.model.cycle.DeadlineStanding;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.cycle.ReminderSchedule;

/**
 * MOENV's two dates for an inventory year (Climate Change Response Act; shared/domain.md): the
 * inventory is registered by 30 April and verified by 31 October of the following year. Calendar days
 * in Taiwan, judged against the alliance's day ({@link DueDates#today(Clock)}, Asia/Taipei) and standing
 * as the alliance's own due date does ({@link ReminderSchedule#standing}).
 */
public record RegistryDeadlines(Year inventoryYear) {

    /** Registration by 30 April of the year after the inventory year. */
    public static final MonthDay REGISTER_BY = MonthDay.of(4, 30);
    /** Third-party verification by 31 October of the year after the inventory year. */
    public static final MonthDay VERIFY_BY = MonthDay.of(10, 31);

    public LocalDate registerBy() {
        return inventoryYear.plusYears(1).atMonthDay(REGISTER_BY);
    }

    public LocalDate verifyBy() {
        return inventoryYear.plusYears(1).atMonthDay(VERIFY_BY);
    }

    /** Where registration stands today; none once registered. */
    public DeadlineStanding registration(LocalDate today) {
        return ReminderSchedule.standing(registerBy(), today);
    }

    /** Where verification stands today. */
    public DeadlineStanding verification(LocalDate today) {
        return ReminderSchedule.standing(verifyBy(), today);
    }
}
