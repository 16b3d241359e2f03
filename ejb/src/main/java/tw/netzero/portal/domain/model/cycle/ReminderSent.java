package tw.netzero.portal.domain.model.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;

/**
 * A scheduled reminder that went to a company for a cycle. The table's unique key (cycle,
 * company, reminder) is what makes each reminder go out once: the row is written, and flushed,
 * in the same transaction as the mails, before them, so a second run, a second timer or a
 * redeployed application cannot send it again.
 */
@Entity
@Table(name = "reminder_sent")
@NamedQuery(name = ReminderSent.OF_CYCLE,
        query = "SELECT r FROM ReminderSent r WHERE r.cycleId = :cycleId ORDER BY r.sentAt")
@NamedQuery(name = ReminderSent.FIND, query = "SELECT r FROM ReminderSent r"
        + " WHERE r.cycleId = :cycleId AND r.companyId = :companyId AND r.reminder = :reminder")
public class ReminderSent extends SentReminder {

    public static final String OF_CYCLE = "ReminderSent.ofCycle";
    public static final String FIND = "ReminderSent.find";

    @Id
    @TableGenerator(name = "reminder_sent_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "reminder_sent", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "reminder_sent_id")
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(name = "reminder", nullable = false, length = 32, updatable = false)
    private String reminder;

    protected ReminderSent() {
        // for JPA
    }

    public ReminderSent(long cycleId, long companyId, Reminder reminder, Instant sentAt) {
        super(companyId, sentAt);
        this.cycleId = cycleId;
        this.reminder = Objects.requireNonNull(reminder, "reminder").code();
    }

    public Long id() {
        return id;
    }

    public long cycleId() {
        return cycleId;
    }

    public Reminder reminder() {
        return Reminder.parse(reminder);
    }
}
