package tw.netzero.portal.web.member;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.line.LineChartDataSet;
import org.primefaces.model.charts.line.LineChartModel;
import org.primefaces.model.charts.line.LineChartOptions;
import org.primefaces.model.charts.optionconfig.animation.Animation;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.shared.Emissions;

/** Line charts of a pathway (allowed tCO2e per year), with reported emissions where there are any. */
public final class PathwayChart {

    private static final String PATHWAY_COLOUR = "rgb(11, 93, 59)";
    private static final String ACTUAL_COLOUR = "rgb(200, 80, 20)";

    private PathwayChart() {
    }

    public static LineChartModel of(Pathway pathway, String pathwayLabel, Map<Year, Emissions> actual,
                                    String actualLabel) {
        SortedMap<Year, Emissions> levels = pathway.levels();
        List<String> years = new ArrayList<>();
        List<Object> allowed = new ArrayList<>();
        List<Object> reported = new ArrayList<>();
        levels.forEach((year, level) -> {
            years.add(String.valueOf(year.getValue()));
            allowed.add(level.tonnes());
            Emissions value = actual.get(year);
            reported.add(value == null ? null : value.tonnes());
        });
        ChartData data = new ChartData();
        data.addChartDataSet(line(pathwayLabel, allowed, PATHWAY_COLOUR));
        if (!actual.isEmpty()) {
            LineChartDataSet reportedLine = line(actualLabel, reported, ACTUAL_COLOUR);
            reportedLine.setShowLine(false);
            reportedLine.setPointRadius(5);
            data.addChartDataSet(reportedLine);
        }
        data.setLabels(years);
        // No animation: the chart shows its figures at once (and for readers who prefer less motion).
        Animation still = new Animation();
        still.setDuration(0);
        LineChartOptions options = new LineChartOptions();
        options.setAnimation(still);
        LineChartModel model = new LineChartModel();
        model.setData(data);
        model.setOptions(options);
        return model;
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
}
