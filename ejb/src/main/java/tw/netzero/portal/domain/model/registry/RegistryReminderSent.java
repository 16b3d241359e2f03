package tw.netzero.portal.domain.model.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.time.Year;
import java.util.Objects;
import tw.netzero.portal.domain.model.cycle.Reminder;
import tw.netzero.portal.domain.model.cycle.SentReminder;

/**
 * A MOENV reminder that went to a company (decision 0048). The table's unique key (company, inventory
 * year, deadline, notice) is what sends each once, as {@code reminder_sent} does for the cycle's
 * reminders (decision 0005): the row is written and flushed before the mails are queued, in their
 * transaction, so a second run, a second instance's timer or a redeployment cannot send it again.
 */
@Entity
@Table(name = "registry_reminder_sent")
@NamedQuery(name = RegistryReminderSent.OF_YEAR, query = "SELECT r FROM RegistryReminderSent r"
        + " WHERE r.inventoryYear = :year ORDER BY r.sentAt")
@NamedQuery(name = RegistryReminderSent.FIND, query = "SELECT r FROM RegistryReminderSent r"
        + " WHERE r.companyId = :companyId AND r.inventoryYear = :year AND r.deadline = :deadline"
        + " AND r.notice = :notice")
public class RegistryReminderSent extends SentReminder {

    public static final String OF_YEAR = "RegistryReminderSent.ofYear";
    public static final String FIND = "RegistryReminderSent.find";

    @Id
    @TableGenerator(name = "registry_reminder_sent_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "registry_reminder_sent", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "registry_reminder_sent_id")
    private Long id;

    @Column(name = "inventory_year", nullable = false, updatable = false)
    private Year inventoryYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline", nullable = false, length = 16, updatable = false)
    private RegistryDeadline deadline;

    @Column(name = "notice", nullable = false, length = 32, updatable = false)
    private String notice;

    protected RegistryReminderSent() {
        // for JPA
    }

    public RegistryReminderSent(long companyId, RegistryReminder reminder, Instant sentAt) {
        super(companyId, sentAt);
        Objects.requireNonNull(reminder, "reminder");
        this.inventoryYear = reminder.inventoryYear();
        this.deadline = reminder.deadline();
        this.notice = reminder.notice().code();
    }

    public RegistryReminder reminder() {
        return new RegistryReminder(inventoryYear, deadline, Reminder.parse(notice));
    }
}
