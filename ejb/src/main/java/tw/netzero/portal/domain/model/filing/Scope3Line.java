package tw.netzero.portal.domain.model.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.io.Serializable;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.domain.model.shared.PrivateWhileDraft;

/**
 * How a filing stores one {@link Scope3Entry}: a row of its own, part of the filing aggregate
 * and changed only through it. A row with an id rather than an element collection, because
 * EclipseLink identifies collection elements by their values (eclipse-ee4j/eclipselink#2856),
 * and many categories carry equal values (not relevant, same reason).
 */
@Entity
@Table(name = "progress_filing_scope3")
public class Scope3Line implements PrivateWhileDraft, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    // 15 lines a filing: one allocation per 1,000 filings, as every thread needing an id waits for it (decision 0066).
    @TableGenerator(name = "progress_filing_scope3_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "progress_filing_scope3", allocationSize = 15_000)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "progress_filing_scope3_id")
    private Long id;

    /** Lazy: a line is only ever reached from its filing, and an eager back-reference made a batch
     *  read of many filings' lines select filings again one by one. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "filing_id", nullable = false, updatable = false)
    private ProgressFiling filing;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, updatable = false, length = 48)
    private Scope3Category category;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_status", nullable = false, length = 16)
    private Scope3EntryStatus status;

    @Column(name = "tonnes", precision = 15, scale = 3)
    private Emissions emissions;

    @Column(name = "reason", length = ProgressFiling.REASON_MAX)
    private String reason;

    protected Scope3Line() {
        // for JPA
    }

    Scope3Line(ProgressFiling filing, Scope3Entry entry) {
        this.filing = filing;
        this.category = entry.category();
        record(entry);
    }

    /** Takes the figures of the entry for the same category. */
    void record(Scope3Entry entry) {
        this.status = entry.status();
        this.emissions = entry.emissions();
        this.reason = entry.reason();
    }

    Scope3Entry toEntry() {
        return new Scope3Entry(category, status, emissions, reason);
    }

    /** The member whose filing holds the line. */
    public Long companyId() {
        return filing.companyId();
    }

    /** A line is part of its filing: private while the filing is. */
    @Override
    public boolean isPrivate() {
        return filing.isPrivate();
    }
}
