package tw.netzero.portal.domain.model.cycle;

/** Whether a reporting cycle still collects filings: reminders go out and the overdue list shows it only while open. */
public enum CycleStatus {
    OPEN,
    CLOSED
}
