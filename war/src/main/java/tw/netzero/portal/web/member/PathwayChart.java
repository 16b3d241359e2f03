package tw.netzero.portal.web.member;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.line.LineChartDataSet;
import org.primefaces.model.charts.line.LineChartModel;
import org.primefaces.model.charts.line.LineChartOptions;
import org.primefaces.model.charts.optionconfig.animation.Animation;
import tw.netzero.portal.domain.model.filing.OnTrackAssessment;
import tw.netzero.portal.domain.model.filing.TargetProgress;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.TargetPathway;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.web.support.Messages;

/** Line charts of a pathway (allowed tCO2e per year), with reported emissions where there are any. */
public final class PathwayChart {

    private static final String PATHWAY_COLOUR = "rgb(11, 93, 59)";
    private static final String ACTUAL_COLOUR = "rgb(200, 80, 20)";
    /** Per target boundary, the pathway's colour and its reported points' colour. */
    private static final String[][] TARGET_COLOURS = {{PATHWAY_COLOUR, ACTUAL_COLOUR},
        {"rgb(30, 90, 170)", "rgb(190, 30, 60)"}, {"rgb(120, 60, 150)", "rgb(200, 150, 0)"}};

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
        return model(data);
    }

    /**
     * One pathway per target boundary, each with the year's emissions measured on that boundary
     * (issue 12, item 4): a scope 1+2 line is never compared with a scope 1+2+3 total. An absolute
     * target's line is its allowed tCO2e every year; an intensity target's is drawn only for the
     * reported years, at the activity filed (its allowance moves with output). Labelled "Scope
     * 1+2: pathway", "Scope 1+2: reported" and so on.
     */
    public static LineChartModel perTarget(List<TargetPathway> pathways, Map<Year, OnTrackAssessment> verdicts,
                                           Messages messages) {
        Year first = pathways.stream().map(TargetPathway::firstYear).min(Year::compareTo).orElseThrow();
        // Through the last target year, or the last reported year if later (the level then stays flat).
        Year last = Stream.concat(pathways.stream().map(TargetPathway::lastYear), verdicts.keySet().stream())
                .max(Year::compareTo).orElseThrow();
        List<String> years = new ArrayList<>();
        for (Year year = first; !year.isAfter(last); year = year.plusYears(1)) {
            years.add(String.valueOf(year.getValue()));
        }
        ChartData data = new ChartData();
        for (int i = 0; i < pathways.size(); i++) {
            TargetPathway pathway = pathways.get(i);
            List<Object> allowed = new ArrayList<>();
            List<Object> reported = new ArrayList<>();
            for (Year year = first; !year.isAfter(last); year = year.plusYears(1)) {
                Optional<TargetProgress> judged = Optional.ofNullable(verdicts.get(year)).stream()
                        .flatMap(verdict -> verdict.targets().stream())
                        .filter(progress -> progress.target().measuredLike(pathway.measuredTarget())).findFirst();
                if (pathway.isIntensity()) {
                    allowed.add(judged.map(TargetProgress::allowedEmissions).map(Emissions::tonnes).orElse(null));
                } else {
                    allowed.add(year.isBefore(pathway.firstYear()) ? null : pathway.allowedIn(year));
                }
                reported.add(judged.map(TargetProgress::actualEmissions).map(Emissions::tonnes).orElse(null));
            }
            String[] colours = TARGET_COLOURS[i % TARGET_COLOURS.length];
            String boundary = messages.text(pathway.measuredTarget().boundary().messageKey());
            data.addChartDataSet(line(messages.text("pledge.chart.pathwayOf", boundary), allowed, colours[0]));
            if (reported.stream().anyMatch(Objects::nonNull)) {
                LineChartDataSet reportedLine = line(messages.text("pledge.chart.reportedOn", boundary), reported,
                        colours[1]);
                reportedLine.setShowLine(false);
                reportedLine.setPointRadius(5);
                reportedLine.setPointStyle("rectRot");
                data.addChartDataSet(reportedLine);
            }
        }
        data.setLabels(years);
        return model(data);
    }

    private static LineChartModel model(ChartData data) {
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
