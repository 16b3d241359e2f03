package tw.netzero.portal.web.secretariat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tw.netzero.portal.application.publicdata.AllianceFigures.YearFigures;
import tw.netzero.portal.application.publicdata.AllianceFigures;
import tw.netzero.portal.domain.model.alliance.AllianceSeries.AllianceYear;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.web.support.ChartConfiguration;

/** The dashboard's charts, as Chart.js configurations for {@code <p:chart>}, without animation like the others. */
final class DashboardCharts {

    private static final String ACTUAL_COLOUR = "rgb(200, 80, 20)";
    private static final String PROVISIONAL_COLOUR = "rgb(150, 150, 150)";
    private static final String PLEDGED_COLOUR = "rgb(11, 93, 59)";
    private static final String REFERENCE_COLOUR = "rgb(90, 90, 160)";
    private static final String OFF_TRACK_COLOUR = "rgb(200, 80, 20)";
    private static final String ON_TRACK_COLOUR = "rgb(11, 93, 59)";

    private DashboardCharts() {
    }

    /**
     * How the alliance's emissions moved, like for like: the chained index of the members with
     * figures for both years of each pair (AllianceSeries), 100 in the first year with a figure, up
     * to the reporting year. Confirmed years are joined by a line; a provisional year's index is a
     * separate point, and the line breaks there, so a year few have filed for never reads as a fall
     * (or a rise). A year after the chain broke (no cohort) has no index.
     */
    static String index(AllianceFigures figures, DashboardTables.Texts texts) {
        List<AllianceYear> years = figures.alliance();
        ChartConfiguration chart = ChartConfiguration.of(ChartConfiguration.Type.LINE,
                years.stream().map(year -> String.valueOf(year.year().getValue())).toList());
        chart.add(texts.text("dashboard.chart.index"),
                years.stream().map(year -> year.provisional() ? null : year.change().index()).toList(), ACTUAL_COLOUR)
                .pointRadius(4);
        chart.add(texts.text("dashboard.chart.indexProvisional"),
                years.stream().map(year -> year.provisional() ? year.change().index() : null).toList(),
                PROVISIONAL_COLOUR).pointsOnly().pointRadius(6).pointStyle("rectRot");
        return chart.toJson();
    }

    /**
     * Up to the reporting year, as filed by the members counted each year (AllianceSeries): the total of the members counted in
     * a confirmed year, a provisional year's total as separate points (never joined to the line, so
     * it cannot read as a fall), the pathways and the city's goals of the same members in confirmed
     * years; after it,
     * the pathways of the pledges in force, to 2050.
     */
    static String emissions(AllianceFigures figures, DashboardTables.Texts texts) {
        List<YearFigures> years = figures.years();
        Map<Year, AllianceYear> alliance = figures.alliance().stream()
                .collect(Collectors.toMap(AllianceYear::year, Function.identity()));
        ChartConfiguration chart = ChartConfiguration.of(ChartConfiguration.Type.LINE, labels(years));
        chart.add(texts.text("dashboard.chart.actual"),
                values(years, line -> of(alliance, line, AllianceYear::confirmedTotal)), ACTUAL_COLOUR).pointRadius(4);
        chart.add(texts.text("dashboard.chart.provisional"),
                values(years, line -> of(alliance, line, year -> year.provisional() ? year.total() : null)),
                PROVISIONAL_COLOUR).pointsOnly().pointRadius(6);
        // Over few members the same members' lines drop too: drawn in confirmed years only (a
        // provisional year's are in the table), so no line falls into a provisional year.
        chart.add(texts.text("dashboard.chart.pledged"), values(years, line -> of(alliance, line,
                year -> year.provisional() ? null : year.sameMembers().pledged())), PLEDGED_COLOUR);
        chart.add(texts.text("dashboard.chart.reference"), values(years, line -> of(alliance, line,
                year -> year.provisional() ? null : year.sameMembers().cityGoals())), REFERENCE_COLOUR)
                .dashed(6, 4);
        chart.add(texts.text("dashboard.chart.pledgedAhead"), values(years,
                line -> line.year().isBefore(figures.reportingYear()) ? null : line.totals().pledged()), PLEDGED_COLOUR)
                .dashed(2, 3).pointRadius(0);
        return chart.toJson();
    }

    private static Emissions of(Map<Year, AllianceYear> alliance, YearFigures line, Function<AllianceYear, Emissions> value) {
        AllianceYear year = alliance.get(line.year());
        return year == null ? null : value.apply(year);
    }

    /** Per year up to the reporting year: the shares of judged members on and off track, stacked to 100 %. */
    static String onTrackShares(AllianceFigures figures, DashboardTables.Texts texts) {
        List<YearFigures> years = figures.reportedYears();
        ChartConfiguration chart = ChartConfiguration.of(ChartConfiguration.Type.BAR, labels(years)).stackedPercentages();
        chart.add(texts.text("dashboard.column.onTrackShare"),
                shares(years, line -> line.totals().onTrackShare()), ON_TRACK_COLOUR);
        chart.add(texts.text("dashboard.column.offTrackShare"),
                shares(years, line -> line.totals().offTrackShare()), OFF_TRACK_COLOUR);
        return chart.toJson();
    }

    private static List<String> labels(List<YearFigures> years) {
        return years.stream().map(line -> String.valueOf(line.year().getValue())).toList();
    }

    private static List<BigDecimal> values(List<YearFigures> years, Function<YearFigures, Emissions> value) {
        List<BigDecimal> values = new ArrayList<>();
        years.forEach(line -> {
            Emissions emissions = value.apply(line);
            values.add(emissions == null ? null : emissions.tonnes());
        });
        return values;
    }

    private static List<BigDecimal> shares(List<YearFigures> years, Function<YearFigures, Percentage> share) {
        List<BigDecimal> values = new ArrayList<>();
        years.forEach(line -> {
            Percentage percentage = share.apply(line);
            values.add(percentage == null ? null : percentage.value());
        });
        return values;
    }
}
