package tw.netzero.portal.web.secretariat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.primefaces.model.charts.bar.BarChartModel;
import org.primefaces.model.charts.line.LineChartModel;
import tw.netzero.portal.application.AllianceFigures;
import tw.netzero.portal.web.secretariat.DashboardTables.Name;
import tw.netzero.portal.web.support.DataTable;

/**
 * The dashboard's tables and charts, made once per figures and language and shared by every
 * request for them (the page and the downloads). The service keeps the figures until the data
 * changes (decision 0010); content made for figures no one holds any more is dropped with them.
 */
@ApplicationScoped
public class DashboardContents {

    /** What the page and the downloads show for one reporting year in one language. Read only once made. */
    public record Content(Map<Name, DataTable> tables, Map<Name, ShownTable> shown, LineChartModel emissionsChart,
                          BarChartModel onTrackChart) {

        public DataTable table(Name name) {
            return tables.get(name);
        }

        public ShownTable shown(Name name) {
            return shown.get(name);
        }
    }

    private final Map<AllianceFigures, Map<Locale, Content>> made = Collections.synchronizedMap(new WeakHashMap<>());

    public Content of(AllianceFigures figures, Locale locale) {
        return made.computeIfAbsent(figures, kept -> new ConcurrentHashMap<>())
                .computeIfAbsent(locale, language -> make(figures, language));
    }

    private static Content make(AllianceFigures figures, Locale locale) {
        DashboardTables.Texts texts = DashboardTables.Texts.of(locale);
        Map<Name, DataTable> tables = new EnumMap<>(Name.class);
        Map<Name, ShownTable> shown = new EnumMap<>(Name.class);
        for (Name name : Name.values()) {
            DataTable table = DashboardTables.of(name, figures, texts);
            tables.put(name, table);
            shown.put(name, ShownTable.of(table, locale));
        }
        return new Content(Collections.unmodifiableMap(tables), Collections.unmodifiableMap(shown),
                DashboardCharts.emissions(figures, texts), DashboardCharts.onTrackShares(figures, texts));
    }
}
