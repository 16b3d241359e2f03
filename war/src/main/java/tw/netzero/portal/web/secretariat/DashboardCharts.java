package tw.netzero.portal.web.secretariat;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.axes.cartesian.CartesianScales;
import org.primefaces.model.charts.axes.cartesian.linear.CartesianLinearAxes;
import org.primefaces.model.charts.bar.BarChartDataSet;
import org.primefaces.model.charts.bar.BarChartModel;
import org.primefaces.model.charts.bar.BarChartOptions;
import org.primefaces.model.charts.line.LineChartDataSet;
import org.primefaces.model.charts.line.LineChartModel;
import org.primefaces.model.charts.line.LineChartOptions;
import org.primefaces.model.charts.optionconfig.animation.Animation;
import tw.netzero.portal.application.publicdata.AllianceFigures.YearFigures;
import tw.netzero.portal.application.publicdata.AllianceFigures;
import tw.netzero.portal.domain.model.alliance.AllianceSeries.AllianceYear;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;

/** The dashboard's charts (Chart.js through PrimeFaces' chart models), without animation like the others. */
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
     * Up to the reporting year, like for like (AllianceSeries): the total of the members counted in
     * a confirmed year, a provisional year's total as separate points (never joined to the line, so
     * it cannot read as a fall), the pathways and the city's goals of the same members; after it,
     * the pathways of the pledges in force, to 2050.
     */
    static LineChartModel emissions(AllianceFigures figures, DashboardTables.Texts texts) {
        List<YearFigures> years = figures.years();
        Map<Year, AllianceYear> alliance = figures.alliance().stream()
                .collect(Collectors.toMap(AllianceYear::year, Function.identity()));
        ChartData data = new ChartData();
        LineChartDataSet confirmed = line(texts.text("dashboard.chart.actual"),
                values(years, line -> of(alliance, line, AllianceYear::confirmedTotal)), ACTUAL_COLOUR);
        confirmed.setPointRadius(4);
        data.addChartDataSet(confirmed);
        LineChartDataSet provisional = line(texts.text("dashboard.chart.provisional"),
                values(years, line -> of(alliance, line, year -> year.provisional() ? year.total() : null)),
                PROVISIONAL_COLOUR);
        provisional.setPointRadius(6);
        provisional.setShowLine(false);
        data.addChartDataSet(provisional);
        data.addChartDataSet(line(texts.text("dashboard.chart.pledged"),
                values(years, line -> of(alliance, line, year -> year.sameMembers().pledged())), PLEDGED_COLOUR));
        LineChartDataSet reference = line(texts.text("dashboard.chart.reference"),
                values(years, line -> of(alliance, line, year -> year.sameMembers().cityGoals())), REFERENCE_COLOUR);
        reference.setBorderDash(List.of(6, 4));
        data.addChartDataSet(reference);
        LineChartDataSet ahead = line(texts.text("dashboard.chart.pledgedAhead"), values(years,
                line -> line.year().isBefore(figures.reportingYear()) ? null : line.totals().pledged()), PLEDGED_COLOUR);
        ahead.setBorderDash(List.of(2, 3));
        ahead.setPointRadius(0);
        data.addChartDataSet(ahead);
        data.setLabels(labels(years));
        LineChartOptions options = new LineChartOptions();
        options.setAnimation(still());
        LineChartModel model = new LineChartModel();
        model.setData(data);
        model.setOptions(options);
        return model;
    }

    private static Emissions of(Map<Year, AllianceYear> alliance, YearFigures line, Function<AllianceYear, Emissions> value) {
        AllianceYear year = alliance.get(line.year());
        return year == null ? null : value.apply(year);
    }

    /** Per year up to the reporting year: the shares of judged members on and off track, stacked to 100 %. */
    static BarChartModel onTrackShares(AllianceFigures figures, DashboardTables.Texts texts) {
        List<YearFigures> years = figures.reportedYears();
        ChartData data = new ChartData();
        data.addChartDataSet(bar(texts.text("dashboard.column.onTrackShare"),
                shares(years, line -> line.totals().onTrackShare()), ON_TRACK_COLOUR));
        data.addChartDataSet(bar(texts.text("dashboard.column.offTrackShare"),
                shares(years, line -> line.totals().offTrackShare()), OFF_TRACK_COLOUR));
        data.setLabels(labels(years));
        CartesianScales scales = new CartesianScales();
        CartesianLinearAxes x = new CartesianLinearAxes();
        x.setStacked(true);
        CartesianLinearAxes y = new CartesianLinearAxes();
        y.setStacked(true);
        y.setMin(0);
        y.setMax(100);
        scales.addXAxesData(x);
        scales.addYAxesData(y);
        BarChartOptions options = new BarChartOptions();
        options.setScales(scales);
        options.setAnimation(still());
        BarChartModel model = new BarChartModel();
        model.setData(data);
        model.setOptions(options);
        return model;
    }

    private static Animation still() {
        Animation still = new Animation();
        still.setDuration(0);
        return still;
    }

    private static List<String> labels(List<YearFigures> years) {
        return years.stream().map(line -> String.valueOf(line.year().getValue())).toList();
    }

    private static List<Object> values(List<YearFigures> years, Function<YearFigures, Emissions> value) {
        List<Object> values = new ArrayList<>();
        years.forEach(line -> {
            Emissions emissions = value.apply(line);
            values.add(emissions == null ? null : emissions.tonnes());
        });
        return values;
    }

    private static List<Object> shares(List<YearFigures> years, Function<YearFigures, Percentage> share) {
        List<Object> values = new ArrayList<>();
        years.forEach(line -> {
            Percentage percentage = share.apply(line);
            values.add(percentage == null ? null : percentage.value());
        });
        return values;
    }

    private static LineChartDataSet line(String label, List<Object> values, String colour) {
        LineChartDataSet set = new LineChartDataSet();
        set.setLabel(label);
        set.setData(values);
        set.setBorderColor(colour);
        set.setBackgroundColor(colour);
        set.setFill(false);
        set.setTension(0.0);
        return set;
    }

    private static BarChartDataSet bar(String label, List<Object> values, String colour) {
        BarChartDataSet set = new BarChartDataSet();
        set.setLabel(label);
        set.setData(values);
        set.setBackgroundColor(colour);
        return set;
    }
}
