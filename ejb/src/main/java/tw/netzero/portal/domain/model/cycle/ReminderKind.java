package tw.netzero.portal.domain.model.cycle;

/** The reminders of a reporting cycle: two before the due date, then one a week until the filing arrives. */
public enum ReminderKind {
    BEFORE_14_DAYS,
    BEFORE_3_DAYS,
    OVERDUE_WEEK
}
