package tw.netzero.portal.domain.model.history;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * The rules for one row on its own (the rules between rows and against the portal's data are
 * {@link HistoryImport}'s). Every broken rule of the row is reported, not just the first.
 *
 * <ul>
 *   <li>UBN: eight digits with a valid check digit ({@link Ubn}).</li>
 *   <li>Year: a finished year, from {@link #EARLIEST_YEAR} to last year.</li>
 *   <li>Figures: tCO2e, required, a plain number with a decimal point and no thousands
 *       separators; a comma is refused because "1,234" could mean either 1234 or 1.234. The
 *       rules of {@link Emissions} apply (not negative, not implausibly large); more than three
 *       decimals are rounded to the kilogram like every amount in the portal.</li>
 *   <li>Verified: yes or no (also y/n, true/false, 1/0, 是/否).</li>
 * </ul>
 */
public final class HistoryRowCheck {

    /**
     * 1990, the base year of the UNFCCC inventories and the Kyoto Protocol: no company keeps an
     * older inventory, so an earlier year is a typing error.
     */
    public static final Year EARLIEST_YEAR = Year.of(1990);

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "是");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "否");

    private HistoryRowCheck() {
    }

    /** The row's entry, or the reasons it has none. */
    public static CheckedRow check(SheetRow row, Year currentYear) {
        List<RowProblem> problems = new ArrayList<>();
        Ubn ubn = ubn(row.cell(HistoryColumn.UBN), problems);
        Year year = year(row.cell(HistoryColumn.YEAR), currentYear, problems);
        Emissions scope1 = emissions(row, HistoryColumn.SCOPE1, problems);
        Emissions scope2Location = emissions(row, HistoryColumn.SCOPE2_LOCATION, problems);
        Emissions scope2Market = emissions(row, HistoryColumn.SCOPE2_MARKET, problems);
        Emissions scope3 = emissions(row, HistoryColumn.SCOPE3, problems);
        Boolean verified = verified(row.cell(HistoryColumn.VERIFIED), problems);
        HistoryEntry entry = problems.isEmpty()
                ? new HistoryEntry(ubn, year, scope1, scope2Location, scope2Market, scope3, verified) : null;
        return new CheckedRow(row, entry, problems);
    }

    /** A row with its entry when every rule holds, else with what is wrong. */
    public record CheckedRow(SheetRow row, HistoryEntry entry, List<RowProblem> problems) {
        public CheckedRow {
            problems = List.copyOf(problems);
        }
    }

    private static Ubn ubn(String text, List<RowProblem> problems) {
        if (text.isEmpty()) {
            problems.add(required(HistoryColumn.UBN));
            return null;
        }
        if (!Ubn.isValid(text)) {
            problems.add(RowProblem.of("history.ubn.invalid", text));
            return null;
        }
        return Ubn.of(text);
    }

    private static Year year(String text, Year currentYear, List<RowProblem> problems) {
        if (text.isEmpty()) {
            problems.add(required(HistoryColumn.YEAR));
            return null;
        }
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException notAYear) {
            problems.add(RowProblem.of("history.year.invalid", text));
            return null;
        }
        Year latest = currentYear.minusYears(1);
        if (value < EARLIEST_YEAR.getValue() || value > latest.getValue()) {
            problems.add(RowProblem.of("history.year.outOfRange", value, EARLIEST_YEAR.getValue(), latest.getValue()));
            return null;
        }
        return Year.of(value);
    }

    private static Emissions emissions(SheetRow row, HistoryColumn column, List<RowProblem> problems) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            problems.add(required(column));
            return null;
        }
        if (text.indexOf(',') >= 0) {
            problems.add(RowProblem.of("history.number.comma", column.englishHeader(), column.chineseHeader(), text));
            return null;
        }
        BigDecimal tonnes;
        try {
            tonnes = new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            problems.add(RowProblem.of("history.number.invalid", column.englishHeader(), column.chineseHeader(), text));
            return null;
        }
        try {
            return Emissions.of(tonnes);
        } catch (DomainRuleViolation refused) {
            // emissions.negative or emissions.tooLarge, said of this column.
            problems.add(RowProblem.of("history." + refused.messageKey(), column.englishHeader(), column.chineseHeader(),
                    text, Emissions.MAX_TONNES));
            return null;
        }
    }

    private static Boolean verified(String text, List<RowProblem> problems) {
        String answer = text.toLowerCase(Locale.ROOT);
        if (answer.isEmpty()) {
            problems.add(required(HistoryColumn.VERIFIED));
            return null;
        }
        if (YES.contains(answer)) {
            return true;
        }
        if (NO.contains(answer)) {
            return false;
        }
        problems.add(RowProblem.of("history.verified.invalid", text));
        return null;
    }

    private static RowProblem required(HistoryColumn column) {
        return RowProblem.of("history.value.required", column.englishHeader(), column.chineseHeader());
    }
}
