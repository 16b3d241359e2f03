package tw.netzero.portal.domain.model.filing;

import java.util.Objects;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * One scope 3 category of a filing: its emissions, or that it is not relevant or not evaluated
 * together with the reason (mandatory, so readers can judge the omission). A reported figure
 * carries no reason and an omitted one no emissions.
 */
public record Scope3Entry(Scope3Category category, Scope3EntryStatus status, Emissions emissions, String reason) {

    public Scope3Entry {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
        if (status == Scope3EntryStatus.REPORTED) {
            Objects.requireNonNull(emissions, "emissions");
            reason = null;
        } else {
            if (reason == null || reason.isBlank()) {
                throw new DomainRuleViolation("filing.scope3.reasonRequired", category.number());
            }
            emissions = null;
            reason = reason.strip();
        }
    }

    public static Scope3Entry reported(Scope3Category category, Emissions emissions) {
        return new Scope3Entry(category, Scope3EntryStatus.REPORTED, emissions, null);
    }

    public static Scope3Entry notRelevant(Scope3Category category, String reason) {
        return new Scope3Entry(category, Scope3EntryStatus.NOT_RELEVANT, null, reason);
    }

    public static Scope3Entry notEvaluated(Scope3Category category, String reason) {
        return new Scope3Entry(category, Scope3EntryStatus.NOT_EVALUATED, null, reason);
    }

    /** The reported emissions, or zero for an omitted category (for totals). */
    public Emissions emissionsOrZero() {
        return emissions == null ? Emissions.ZERO : emissions;
    }
}
