package tw.netzero.portal.domain.model.cycle;

/** Where a missing filing stands against its cycle's due date. */
public enum DeadlineStanding {
    /** More than {@link ReminderSchedule#FIRST_NOTICE_DAYS} days before the due date. */
    NOT_YET_DUE,
    /** Within the last {@link ReminderSchedule#FIRST_NOTICE_DAYS} days up to and including the due date. */
    DUE_SOON,
    /** From the day after the due date. */
    OVERDUE
}
