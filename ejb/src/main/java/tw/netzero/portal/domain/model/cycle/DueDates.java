package tw.netzero.portal.domain.model.cycle;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * When a reporting year's filings are due: the due date of its open cycle, otherwise the
 * default day of the following year (30 June: after the national registry's 30 April, before
 * its 31 October verification date; configurable as {@code portal.cycle.default-due}).
 */
public record DueDates(MonthDay defaultDue, Map<Year, LocalDate> openCycles) {

    /** 30 June of the year after the reporting year (domain brief: MOENV registers by 30 April). */
    public static final MonthDay DEFAULT_DUE = MonthDay.of(6, 30);

    /** Due dates are calendar days in Kaohsiung: "today" for deadlines and reminders is taken there. */
    public static final ZoneId ALLIANCE_ZONE = ZoneId.of("Asia/Taipei");

    /**
     * The alliance's calendar day, whatever the server's zone: a reporting year, an admission date
     * or a pledge's submission year turns at midnight in Kaohsiung (eight hours before UTC's).
     */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ALLIANCE_ZONE));
    }

    /** The alliance's calendar year ({@link #today(Clock)}'s). */
    public static Year thisYear(Clock clock) {
        return Year.from(today(clock));
    }

    public DueDates {
        Objects.requireNonNull(defaultDue, "defaultDue");
        openCycles = Map.copyOf(openCycles);
    }

    /** The configured default due day, written {@code MM-dd} (e.g. {@code 06-30}). */
    public static MonthDay parseDefaultDue(String monthDay) {
        try {
            return MonthDay.parse("--" + monthDay.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("portal.cycle.default-due must be MM-dd, not '" + monthDay + "'", e);
        }
    }

    public static LocalDate defaultDueDate(Year reportingYear, MonthDay defaultDue) {
        return reportingYear.plusYears(1).atMonthDay(defaultDue);
    }

    public LocalDate of(Year reportingYear) {
        LocalDate cycleDue = openCycles.get(reportingYear);
        return cycleDue != null ? cycleDue : defaultDueDate(reportingYear, defaultDue);
    }
}
