package tw.netzero.portal.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A record a member company keeps of its own (retired carbon credits, staff training, MOENV registry
 * years, decisions 0037 and 0043): whose it is, when and by whom it was recorded, and its version for
 * concurrent edits. The same columns in each table; each entity keeps its own id and generator.
 */
@MappedSuperclass
public abstract class CompanyRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 254, updatable = false)
    private String recordedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CompanyRecord() {
        // for JPA
    }

    protected CompanyRecord(long companyId, Instant recordedAt, String recordedBy) {
        this.companyId = companyId;
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    }

    /** The record's id, null before it is stored. */
    public abstract Long id();

    public long companyId() {
        return companyId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public long version() {
        return version;
    }
}
