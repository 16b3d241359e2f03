package tw.netzero.portal.domain.model.history;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tw.netzero.portal.domain.model.history.HistoryRowCheck.CheckedRow;

/**
 * Checks a whole import file: each row by {@link HistoryRowCheck}, then the rules between rows
 * and against the portal.
 *
 * <ul>
 *   <li>A company and year given twice in the file is an error in every row that gives it:
 *       which figures are right cannot be told.</li>
 *   <li>The company must be in the portal (by UBN).</li>
 *   <li>A year the company already has a filing for (in any state: draft, submitted, accepted
 *       or returned) is refused: one filing per company and year, and an accepted inventory is
 *       corrected through a correction filing, never overwritten by an import.</li>
 * </ul>
 */
public final class HistoryImport {

    private HistoryImport() {
    }

    public static ImportPreview check(List<SheetRow> rows, Year currentYear, ImportTargets targets) {
        List<CheckedRow> checked = rows.stream().map(row -> HistoryRowCheck.check(row, currentYear)).toList();
        Map<String, List<Integer>> rowsByCompanyAndYear = new LinkedHashMap<>();
        checked.forEach(row -> sameCompanyAndYear(row).ifPresent(key ->
                rowsByCompanyAndYear.computeIfAbsent(key, any -> new ArrayList<>()).add(row.row().rowNumber())));

        List<PreviewRow> preview = new ArrayList<>();
        for (CheckedRow row : checked) {
            List<RowProblem> problems = new ArrayList<>(row.problems());
            sameCompanyAndYear(row).ifPresent(key -> {
                List<Integer> others = rowsByCompanyAndYear.get(key).stream()
                        .filter(number -> number != row.row().rowNumber()).toList();
                if (!others.isEmpty()) {
                    problems.add(RowProblem.of("history.row.duplicate",
                            others.stream().map(String::valueOf).collect(Collectors.joining(", "))));
                }
            });
            ImportTargets.KnownCompany company = null;
            HistoryEntry entry = row.entry();
            if (entry != null) {
                company = targets.companyByUbn(entry.ubn()).orElse(null);
                if (company == null) {
                    problems.add(RowProblem.of("history.company.unknown", entry.ubn().value()));
                } else if (targets.hasFiling(company.id(), entry.year())) {
                    problems.add(RowProblem.of("history.row.alreadyFiled", entry.year().getValue(),
                            company.nameEn(), company.nameZh()));
                }
            }
            preview.add(new PreviewRow(row.row(), company, problems.isEmpty() ? entry : null, problems));
        }
        return new ImportPreview(preview);
    }

    /**
     * The company and year a row is about, as written, when both are readable: duplicates are
     * found even in rows with other errors.
     */
    private static Optional<String> sameCompanyAndYear(CheckedRow row) {
        String ubn = row.row().cell(HistoryColumn.UBN);
        String year = row.row().cell(HistoryColumn.YEAR);
        return ubn.isEmpty() || year.isEmpty() ? Optional.empty() : Optional.of(ubn + "/" + year);
    }
}
