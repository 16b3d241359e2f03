package tw.netzero.portal.web.member;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Stream;
import tw.netzero.portal.domain.model.filing.OnTrackAssessment;
import tw.netzero.portal.domain.model.filing.TargetProgress;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.TargetPathway;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.web.support.ChartConfiguration;
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

    /** The chart as the Chart.js configuration {@code <p:chart>} takes. */
    public static String of(Pathway pathway, String pathwayLabel, Map<Year, Emissions> actual, String actualLabel) {
        SortedMap<Year, Emissions> levels = pathway.levels();
        List<String> years = new ArrayList<>();
        List<BigDecimal> allowed = new ArrayList<>();
        List<BigDecimal> reported = new ArrayList<>();
        levels.forEach((year, level) -> {
            years.add(String.valueOf(year.getValue()));
            allowed.add(level.tonnes());
            Emissions value = actual.get(year);
            reported.add(value == null ? null : value.tonnes());
        });
        ChartConfiguration chart = ChartConfiguration.of(ChartConfiguration.Type.LINE, years);
        chart.add(pathwayLabel, allowed, PATHWAY_COLOUR);
        if (!actual.isEmpty()) {
            chart.add(actualLabel, reported, ACTUAL_COLOUR).pointsOnly().pointRadius(5);
        }
        return chart.toJson();
    }

    /**
     * One pathway per target boundary, each with the year's emissions measured on that boundary
     * (issue 12, item 4): a scope 1+2 line is never compared with a scope 1+2+3 total. An absolute
     * target's line is its allowed tCO2e every year; an intensity target's is drawn only for the
     * reported years, at the activity filed (its allowance moves with output). Labelled "Scope
     * 1+2: pathway", "Scope 1+2: reported" and so on. As the Chart.js configuration {@code <p:chart>} takes.
     */
    public static String perTarget(List<TargetPathway> pathways, Map<Year, OnTrackAssessment> verdicts,
                                   Messages messages) {
        Year first = pathways.stream().map(TargetPathway::firstYear).min(Year::compareTo).orElseThrow();
        // Through the last target year, or the last reported year if later (the level then stays flat).
        Year last = Stream.concat(pathways.stream().map(TargetPathway::lastYear), verdicts.keySet().stream())
                .max(Year::compareTo).orElseThrow();
        List<String> years = new ArrayList<>();
        for (Year year = first; !year.isAfter(last); year = year.plusYears(1)) {
            years.add(String.valueOf(year.getValue()));
        }
        ChartConfiguration chart = ChartConfiguration.of(ChartConfiguration.Type.LINE, years);
        for (int i = 0; i < pathways.size(); i++) {
            TargetPathway pathway = pathways.get(i);
            List<BigDecimal> allowed = new ArrayList<>();
            List<BigDecimal> reported = new ArrayList<>();
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
            chart.add(messages.text("pledge.chart.pathwayOf", boundary), allowed, colours[0]);
            if (reported.stream().anyMatch(Objects::nonNull)) {
                chart.add(messages.text("pledge.chart.reportedOn", boundary), reported, colours[1])
                        .pointsOnly().pointRadius(5).pointStyle("rectRot");
            }
        }
        return chart.toJson();
    }
}
