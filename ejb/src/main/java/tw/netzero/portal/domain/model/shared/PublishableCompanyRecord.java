package tw.netzero.portal.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;

/**
 * A {@link CompanyRecord} that is private until published (carbon credits by the member, registry
 * years by the secretariat): once published it no longer changes.
 */
@MappedSuperclass
public abstract class PublishableCompanyRecord extends CompanyRecord implements PrivateWhileDraft {

    private static final long serialVersionUID = 1L;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected PublishableCompanyRecord() {
        // for JPA
    }

    protected PublishableCompanyRecord(long companyId, Instant recordedAt, String recordedBy) {
        super(companyId, recordedAt, recordedBy);
    }

    /** The message key of the refusal to change a published record. */
    protected abstract String publishedMessageKey();

    /** Makes the record public; it no longer changes. */
    public void publish(Instant now) {
        requirePrivate();
        publishedAt = Objects.requireNonNull(now, "now");
    }

    /** Only a record not yet published may be changed or removed. */
    public void requirePrivate() {
        if (!isPrivate()) {
            throw new DomainRuleViolation(publishedMessageKey());
        }
    }

    @Override
    public boolean isPrivate() {
        return publishedAt == null;
    }

    public boolean isPublished() {
        return !isPrivate();
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
