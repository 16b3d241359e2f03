package tw.netzero.portal.web.publicsite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import tw.netzero.portal.domain.model.budget.CityBudgetUse;
import tw.netzero.portal.web.support.DataTable;
import tw.netzero.portal.web.support.DataTable.Column;
import tw.netzero.portal.web.support.DataTable.Kind;
import tw.netzero.portal.web.support.Messages;

/**
 * The members' use of the city's carbon budget as one table, for the page and its CSV / XLSX download
 * ({@code /public/city-budget-export}): one row for all members and one per industry group of each
 * period, headers and labels in the reader's language, the licence as a note.
 */
public final class CityBudgetTables {

    private CityBudgetTables() {
    }

    public static DataTable of(List<CityBudgetUse> uses, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        List<Column> columns = List.of(
                new Column(texts.getString("budget.firstYear"), Kind.YEAR),
                new Column(texts.getString("budget.lastYear"), Kind.YEAR),
                new Column(texts.getString("budget.cityBudget"), Kind.TONNES),
                new Column(texts.getString("directory.column.industryGroup"), Kind.TEXT),
                new Column(texts.getString("budget.membersFiled"), Kind.COUNT),
                new Column(texts.getString("budget.filed"), Kind.TONNES),
                new Column(texts.getString("budget.share"), Kind.PERCENT),
                new Column(texts.getString("budget.pledged"), Kind.TONNES),
                new Column(texts.getString("budget.source"), Kind.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (CityBudgetUse use : uses) {
            List<CityBudgetUse.Line> lines = new ArrayList<>();
            lines.add(use.all());
            lines.addAll(use.groups());
            for (CityBudgetUse.Line line : lines) {
                String group = line.group() == null ? texts.getString("budget.allMembers")
                        : texts.getString("industryGroup." + line.group());
                rows.add(Arrays.asList(use.firstYear().getValue(), use.lastYear().getValue(), use.cityBudget().tonnes(),
                        group, line.members(), line.filed().tonnes(), line.sharePercent(), line.pledged().tonnes(),
                        use.source()));
            }
        }
        return new DataTable("city-budget", columns, rows, List.of(
                texts.getString("directory.export.licence") + " " + DirectoryTables.LICENCE_URL,
                texts.getString("budget.definition")));
    }
}
