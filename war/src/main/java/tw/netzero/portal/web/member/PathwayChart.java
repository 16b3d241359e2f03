package tw.netzero.portal.web.member;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.web.support.ChartConfiguration;

/** Line charts of a pathway (allowed tCO2e per year), with reported emissions where there are any. */
public final class PathwayChart {

    private static final String PATHWAY_COLOUR = "rgb(11, 93, 59)";
    private static final String ACTUAL_COLOUR = "rgb(200, 80, 20)";

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
}
