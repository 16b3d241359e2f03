package tw.netzero.portal.infrastructure.persistence.jpa;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tw.netzero.portal.domain.model.filing.ReportingYearFigures;
import tw.netzero.portal.domain.model.filing.Scope3CategoriesMaskConverter;
import tw.netzero.portal.domain.model.filing.Scope3Entry;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * Reads an accepted filing's figures as each target of a pledge measures them (issue 12, item 4;
 * decision 0020): scope 1, scope 2 both ways, scope 3 per category, the activity, from the columns
 * of a native query over {@code progress_filing f}, one row per filing. Scope 3 comes from one
 * grouped pass over {@code progress_filing_scope3} (one column per category) and the kept mask of
 * categories not evaluated (V12); a category neither reported nor not evaluated counts as zero, as
 * a not-relevant one does. A filing from the history import holds its scope 3 total only.
 */
final class AcceptedFilingFigures {

    private static final List<Scope3Category> CATEGORIES = Arrays.asList(Scope3Category.values());

    /** Joins the scope 3 tonnes per category of filing {@code f} as {@code s3.c1} to {@code s3.c15}. */
    static final String SCOPE3_BY_CATEGORY = " LEFT JOIN (SELECT filing_id, " + CATEGORIES.stream()
            .map(category -> "SUM(CASE WHEN category = '" + category.name() + "' THEN tonnes END) AS c"
                    + category.number())
            .collect(Collectors.joining(", "))
            + " FROM progress_filing_scope3 GROUP BY filing_id) s3 ON s3.filing_id = f.id";

    /** The columns {@link #of} reads, in order. */
    static final String COLUMNS = "f.scope1_tonnes, f.scope2_location_tonnes, f.scope2_market_tonnes, f.imported,"
            + " f.scope3_total_tonnes, f.production_output, f.production_unit, f.net_revenue_million_ntd,"
            + " f.not_evaluated_scope3_mask, " + CATEGORIES.stream().map(category -> "s3.c" + category.number())
            .collect(Collectors.joining(", "));

    /** How many columns {@link #COLUMNS} holds. */
    static final int COLUMN_COUNT = 9 + CATEGORIES.size();

    private AcceptedFilingFigures() {
    }

    /** The figures of the filing whose {@link #COLUMNS} start at {@code from}; null without a filing. */
    static ReportingYearFigures of(Year year, Object[] row, int from) {
        if (year == null || row[from] == null) {
            return null;
        }
        boolean imported = row[from + 3] instanceof Boolean flag ? flag : ((Number) row[from + 3]).intValue() != 0;
        Set<Scope3Category> notEvaluated = Scope3CategoriesMaskConverter.fromMask(
                row[from + 8] == null ? 0 : ((Number) row[from + 8]).intValue());
        List<Scope3Entry> scope3 = new ArrayList<>();
        if (!imported) {
            for (Scope3Category category : CATEGORIES) {
                Object tonnes = row[from + 8 + category.number()];
                scope3.add(notEvaluated.contains(category) ? Scope3Entry.notEvaluated(category, "not evaluated")
                        : Scope3Entry.reported(category, tonnes == null ? Emissions.ZERO : emissions(tonnes)));
            }
        }
        return new ReportingYearFigures(year, emissions(row[from]), emissions(row[from + 1]), emissions(row[from + 2]),
                scope3, decimal(row[from + 5]), (String) row[from + 6], decimal(row[from + 7]),
                imported ? emissions(row[from + 4]) : null);
    }

    private static Emissions emissions(Object column) {
        return Emissions.total(decimal(column));
    }

    private static BigDecimal decimal(Object column) {
        return column == null ? null : column instanceof BigDecimal decimal ? decimal : new BigDecimal(column.toString());
    }
}
