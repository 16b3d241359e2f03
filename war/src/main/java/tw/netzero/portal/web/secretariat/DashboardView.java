package tw.netzero.portal.web.secretariat;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.charts.bar.BarChartModel;
import org.primefaces.model.charts.line.LineChartModel;
import tw.netzero.portal.application.AllianceDashboard;
import tw.netzero.portal.application.AllianceFigures;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.web.i18n.Language;
import tw.netzero.portal.web.support.DataTable;
import tw.netzero.portal.web.support.TableFiles;
import tw.netzero.portal.web.support.DataTable.Kind;
import tw.netzero.portal.web.secretariat.DashboardTables.Name;
import tw.netzero.portal.web.support.Messages;

/**
 * secretariat/dashboard.xhtml?year=…: the alliance's emissions against its pledges and the
 * city's goals, on- and off-track shares, by industry group, and coverage, as of a reporting
 * year (default: last year). The tables are the ones the downloads write (DashboardTables).
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The first year the year menu offers, as the service accepts (the earliest SBTi base year). */
    private static final int FIRST_YEAR = 2015;

    @Inject
    private AllianceDashboard dashboard;

    @Inject
    private Messages messages;

    @Inject
    private Language language;

    private Integer year;
    private AllianceFigures figures;
    private List<Integer> years;
    private DataTable yearsTable;
    private DataTable groupsTable;
    private DataTable coverageTable;
    private LineChartModel emissionsChart;
    private BarChartModel onTrackChart;

    public void load() {
        Year latest = dashboard.latestReportingYear();
        Year chosen = year == null || year < FIRST_YEAR || year > latest.getValue() ? null : Year.of(year);
        if (chosen == null && year != null) {
            messages.error(null, new DomainRuleViolation("dashboard.reportingYear.outOfRange", year, FIRST_YEAR,
                    latest.getValue()));
        }
        figures = dashboard.figures(chosen == null ? latest : chosen);
        year = figures.reportingYear().getValue();
        years = new ArrayList<>();
        for (int y = latest.getValue(); y >= FIRST_YEAR; y--) {
            years.add(y);
        }
        DashboardTables.Texts texts = DashboardTables.Texts.of(language.getLocale());
        yearsTable = DashboardTables.of(Name.YEARS, figures, texts);
        groupsTable = DashboardTables.of(Name.GROUPS, figures, texts);
        coverageTable = DashboardTables.of(Name.COVERAGE, figures, texts);
        emissionsChart = DashboardCharts.emissions(figures, texts);
        onTrackChart = DashboardCharts.onTrackShares(figures, texts);
    }

    /** A cell as the page shows it: tonnes to the whole tonne, per cent to two decimals, in the reader's language. */
    public String display(DataTable table, List<Object> row, int index) {
        Object cell = row.get(index);
        if (cell == null) {
            return "–";
        }
        Kind kind = table.columns().get(index).kind();
        Locale locale = language.getLocale();
        return switch (kind) {
            case YEAR, TEXT -> cell.toString();
            case COUNT -> NumberFormat.getIntegerInstance(locale).format(cell);
            case TONNES -> {
                NumberFormat format = NumberFormat.getNumberInstance(locale);
                format.setMaximumFractionDigits(0);
                yield format.format((BigDecimal) cell);
            }
            case PERCENT -> {
                NumberFormat format = NumberFormat.getNumberInstance(locale);
                format.setMaximumFractionDigits(2);
                yield format.format((BigDecimal) cell);
            }
        };
    }

    /** Right-aligned numbers. */
    public String cellClass(DataTable table, int index) {
        return table.columns().get(index).kind() == Kind.TEXT ? "" : "numeric";
    }

    public AllianceFigures getFigures() {
        return figures;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Integer> getYears() {
        return years;
    }

    public List<DataTable> getTables() {
        return List.of(yearsTable, groupsTable, coverageTable);
    }

    public DataTable getYearsTable() {
        return yearsTable;
    }

    public DataTable getGroupsTable() {
        return groupsTable;
    }

    public DataTable getCoverageTable() {
        return coverageTable;
    }

    public LineChartModel getEmissionsChart() {
        return emissionsChart;
    }

    public BarChartModel getOnTrackChart() {
        return onTrackChart;
    }

    public List<TableFiles> getFormats() {
        return List.of(TableFiles.values());
    }
}
