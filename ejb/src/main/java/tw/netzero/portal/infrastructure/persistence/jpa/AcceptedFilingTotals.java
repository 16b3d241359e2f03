package tw.netzero.portal.infrastructure.persistence.jpa;

import java.math.BigDecimal;
import tw.netzero.portal.domain.model.filing.FilingTotals;
import tw.netzero.portal.domain.model.filing.Scope3CategoriesMaskConverter;
import tw.netzero.portal.domain.model.shared.Emissions;

/** Reads an accepted filing's kept totals (V10, V12) from the columns of a native query. */
final class AcceptedFilingTotals {

    private AcceptedFilingTotals() {
    }

    /** total_tonnes, total_location_tonnes (null before V12 for filings not accepted then) and not_evaluated_scope3_mask. */
    static FilingTotals of(Object marketBased, Object locationBased, Object notEvaluatedMask) {
        return new FilingTotals(Emissions.total(decimal(marketBased)),
                locationBased == null ? null : Emissions.total(decimal(locationBased)),
                Scope3CategoriesMaskConverter.fromMask(notEvaluatedMask == null ? 0 : ((Number) notEvaluatedMask).intValue()));
    }

    private static BigDecimal decimal(Object column) {
        return column instanceof BigDecimal decimal ? decimal : new BigDecimal(column.toString());
    }
}
