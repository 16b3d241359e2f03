package tw.netzero.portal.web.secretariat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.domain.model.intensity.AllianceIntensity;
import tw.netzero.portal.domain.model.intensity.AllianceIntensity.RevenueLine;
import tw.netzero.portal.domain.model.intensity.EmissionsIntensity;
import tw.netzero.portal.web.support.DataTable;
import tw.netzero.portal.web.support.DataTable.Column;
import tw.netzero.portal.web.support.DataTable.Kind;

/**
 * The dashboard's intensity tables (decisions 0042, 0048), defined once for the page and its CSV / XLSX
 * downloads, as {@link DashboardTables} are: per million NTD of net revenue by year, per unit of output by
 * year and unit, and per million NTD by year and industry group (revenue-weighted).
 */
public final class IntensityTables {

    /** The tables by the name the download link uses. */
    public enum Name {
        BY_REVENUE("intensity-by-revenue"),
        BY_OUTPUT("intensity-by-output"),
        BY_GROUP("intensity-by-industry-group");

        private final String fileName;

        Name(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }

        public static Optional<Name> ofFileName(String fileName) {
            return Arrays.stream(values()).filter(name -> name.fileName.equals(fileName)).findFirst();
        }
    }

    private IntensityTables() {
    }

    public static DataTable of(Name name, AllianceIntensity intensity, DashboardTables.Texts texts) {
        return switch (name) {
            case BY_REVENUE -> new DataTable(name.fileName(), revenueColumns(texts, false),
                    intensity.byRevenue().stream().map(line -> revenueCells(line, null)).toList());
            case BY_OUTPUT -> new DataTable(name.fileName(), List.of(
                    new Column(texts.text("filing.year"), Kind.YEAR),
                    new Column(texts.text("intensity.unit"), Kind.TEXT),
                    new Column(texts.text("intensity.members"), Kind.COUNT),
                    new Column(texts.text("intensity.output"), Kind.AMOUNT),
                    new Column(texts.text("intensity.perUnitMarket"), Kind.INTENSITY),
                    new Column(texts.text("intensity.perUnitLocation"), Kind.INTENSITY)),
                    intensity.byOutput().stream().map(line -> Arrays.<Object>asList(line.year().getValue(), line.unit(),
                            (long) line.members(), DataTable.amount(line.output()), tonnes(line.perUnitMarketBased()),
                            tonnes(line.perUnitLocationBased()))).toList());
            case BY_GROUP -> new DataTable(name.fileName(), revenueColumns(texts, true),
                    intensity.byGroup().stream().map(line -> revenueCells(line.revenue(),
                            texts.text("industryGroup." + line.group()))).toList());
        };
    }

    /** Year, [industry group,] members, revenue, both intensities. */
    private static List<Column> revenueColumns(DashboardTables.Texts texts, boolean withGroup) {
        List<Column> columns = new ArrayList<>(List.of(new Column(texts.text("filing.year"), Kind.YEAR),
                new Column(texts.text("intensity.members"), Kind.COUNT),
                new Column(texts.text("intensity.netRevenue"), Kind.AMOUNT),
                new Column(texts.text("intensity.perMillionNtdMarket"), Kind.INTENSITY),
                new Column(texts.text("intensity.perMillionNtdLocation"), Kind.INTENSITY)));
        if (withGroup) {
            columns.add(1, new Column(texts.text("dashboard.column.group"), Kind.TEXT));
        }
        return columns;
    }

    private static List<Object> revenueCells(RevenueLine line, String group) {
        List<Object> cells = new ArrayList<>(Arrays.asList(line.year().getValue(), (long) line.members(),
                DataTable.amount(line.netRevenueMillionNtd()), tonnes(line.perMillionNtdMarketBased()),
                tonnes(line.perMillionNtdLocationBased())));
        if (group != null) {
            cells.add(1, group);
        }
        return cells;
    }

    static BigDecimal tonnes(EmissionsIntensity intensity) {
        return intensity == null ? null : intensity.tonnesPerUnit();
    }
}
