package tw.netzero.portal.domain.model.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A scheduled reminder that went to a company, as its table records it to send it once (decisions 0005,
 * 0048): the company, when it went, to how many of its users, and the row's version. The same columns in
 * {@code reminder_sent} (a reporting cycle's) and {@code registry_reminder_sent} (MOENV's); each entity
 * keeps its own id, generator and the key that makes it unique.
 */
@MappedSuperclass
public abstract class SentReminder {

    @Column(name = "company_id", nullable = false, updatable = false)
    private Long companyId;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    /** How many of the company's enabled users it went to (0: nobody to send it to). */
    @Column(name = "recipients", nullable = false)
    private int recipients;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SentReminder() {
        // for JPA
    }

    protected SentReminder(long companyId, Instant sentAt) {
        this.companyId = companyId;
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
    }

    public void sentTo(int count) {
        this.recipients = count;
    }

    public long companyId() {
        return companyId;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public int recipients() {
        return recipients;
    }
}
