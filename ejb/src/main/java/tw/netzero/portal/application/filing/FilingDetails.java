package tw.netzero.portal.application.filing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tw.netzero.portal.domain.model.filing.AssuranceLevel;
import tw.netzero.portal.domain.model.filing.FilingDraft;
import tw.netzero.portal.domain.model.filing.FilingField;
import tw.netzero.portal.domain.model.filing.FilingStatus;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.filing.ReportingYearFigures;
import tw.netzero.portal.domain.model.filing.Scope3Entry;
import tw.netzero.portal.domain.model.filing.Verification;
import tw.netzero.portal.domain.model.intensity.YearIntensity;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope;

/**
 * A progress filing as its pages and the filing API read it: a read-only copy of
 * {@link ProgressFiling} (the figures as its {@link FilingDraft}, the totals as the filing counts
 * them), so that no entity reaches a view (issue 19, item 2).
 *
 * @param scope3Total    scope 3 as the filing counts it: the reported categories, or an imported total
 * @param totalEmissions scope 1 + market-based scope 2 + scope 3; null while the filing is incomplete
 * @param intensity      the year's emissions intensity (decision 0042); null while incomplete
 */
public record FilingDetails(long id, long companyId, Year reportingYear, int revision, long version,
                            FilingStatus status, boolean superseded, boolean imported, boolean correction,
                            boolean complete, Instant submittedAt, String reviewer, String reviewComment,
                            Map<FilingField, String> reviewNotes, FilingDraft draft, Emissions scope3Total,
                            Emissions totalEmissions, YearIntensity intensity) implements Serializable {

    private static final long serialVersionUID = 1L;

    public FilingDetails {
        reviewNotes = reviewNotes.isEmpty() ? Map.of() : new EnumMap<>(reviewNotes);
    }

    public static FilingDetails of(ProgressFiling filing) {
        boolean complete = filing.isComplete();
        return new FilingDetails(filing.id(), filing.companyId(), filing.reportingYear(), filing.revision(),
                filing.version(), filing.status(), filing.isSuperseded(), filing.isImported(), filing.isCorrection(),
                complete, filing.submittedAt(), filing.reviewer(), filing.reviewComment(), filing.reviewNotes(),
                filing.draft(), filing.scope3Total(), complete ? filing.totalEmissions() : null,
                complete ? YearIntensity.of(ReportingYearFigures.of(filing)) : null);
    }

    public boolean isSuperseded() {
        return superseded;
    }

    /** Came from the history import: accepted as imported, scope 3 as a total only. */
    public boolean isImported() {
        return imported;
    }

    public boolean isCorrection() {
        return correction;
    }

    public boolean isComplete() {
        return complete;
    }

    public Emissions scope1() {
        return tonnes(draft.scope1());
    }

    public Emissions scope2LocationBased() {
        return tonnes(draft.scope2LocationBased());
    }

    public Emissions scope2MarketBased() {
        return tonnes(draft.scope2MarketBased());
    }

    public BigDecimal energyMwh() {
        return draft.energyMwh();
    }

    public Percentage renewableShare() {
        return draft.renewableSharePercent() == null ? null : Percentage.of(draft.renewableSharePercent());
    }

    public BigDecimal productionOutput() {
        return draft.productionOutput();
    }

    public String productionUnit() {
        return draft.productionUnit();
    }

    public BigDecimal netRevenueMillionNtd() {
        return draft.netRevenueMillionNtd();
    }

    /** The scope 3 lines by category, as the filing states them. */
    public List<Scope3Entry> scope3() {
        return draft.scope3().entrySet().stream().map(line -> line.getValue().toEntry(line.getKey())).toList();
    }

    /** The verification of each scope, scope 1 first. */
    public List<Verification> verifications() {
        return Arrays.stream(Scope.values()).map(scope -> {
            FilingDraft.Assurance assurance = verification(scope);
            return assurance == null ? new Verification(scope, AssuranceLevel.NONE, null, null)
                    : new Verification(scope, assurance.level(), assurance.verifier(), assurance.standard());
        }).toList();
    }

    public String reductionActions() {
        return draft.reductionActions();
    }

    /** The assurance stated for a scope. */
    public FilingDraft.Assurance verification(Scope scope) {
        return draft.verification().get(scope);
    }

    private static Emissions tonnes(BigDecimal tonnes) {
        return tonnes == null ? null : Emissions.of(tonnes);
    }
}
