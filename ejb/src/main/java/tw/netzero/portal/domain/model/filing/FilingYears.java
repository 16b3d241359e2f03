package tw.netzero.portal.domain.model.filing;

import java.time.Year;
import tw.netzero.portal.domain.model.cycle.ReportingCycle;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/**
 * The years a member company files progress for: from {@link ReportingCycle#FIRST_REPORTING_YEAR}
 * (SBTi's earliest base year) to last year, since a year is reported once it is over. The form
 * offers exactly these; the service holds every entry point (form, member filing API) to them.
 * The history import has its own, wider range ({@code HistoryRowCheck}): older inventories exist.
 */
public final class FilingYears {

    /** The field a refused year is shown at: the form's year choice and the API's path parameter. */
    public static final String FIELD = "year";

    private FilingYears() {
    }

    public static Year first() {
        return ReportingCycle.FIRST_REPORTING_YEAR;
    }

    public static Year last(Year currentYear) {
        return currentYear.minusYears(1);
    }

    /** Refuses a year outside the range with {@code filing.reportingYear.outOfRange} at {@link #FIELD}. */
    public static Year check(Year reportingYear, Year currentYear) {
        Year last = last(currentYear);
        if (reportingYear.isBefore(first()) || reportingYear.isAfter(last)) {
            throw new FieldRuleViolation(FIELD, "filing.reportingYear.outOfRange", reportingYear.getValue(),
                    first().getValue(), last.getValue());
        }
        return reportingYear;
    }
}
