package tw.netzero.portal.domain.model.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/** How a filing stores one {@link Scope3Entry} (keyed by its category); JPA 3.1 cannot map a record. */
@Embeddable
public class Scope3Line {

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

    Scope3Line(Scope3Entry entry) {
        this.status = entry.status();
        this.emissions = entry.emissions();
        this.reason = entry.reason();
    }

    Scope3Entry toEntry(Scope3Category category) {
        return new Scope3Entry(category, status, emissions, reason);
    }
}
