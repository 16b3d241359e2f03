package tw.netzero.portal.web.secretariat;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Year;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tw.netzero.portal.application.publicdata.AllianceFigures;
import tw.netzero.portal.web.secretariat.DashboardTables.Name;
import tw.netzero.portal.web.support.DataTable;

/**
 * The dashboard's tables and charts, made once per figures and language and shared by every
 * request for them (the page and the downloads). The service keeps the figures until the data
 * changes (decision 0010); content is kept for the latest figures of each reporting year only.
 */
@ApplicationScoped
public class DashboardContents {

    /** What the page and the downloads show for one reporting year in one language. Read only once made. */
    public record Content(Map<Name, DataTable> tables, Map<Name, ShownTable> shown, String indexChart,
                          String emissionsChart, String onTrackChart) {

        public DataTable table(Name name) {
            return tables.get(name);
        }

        public ShownTable shown(Name name) {
            return shown.get(name);
        }
    }

    /** Content for the figures a reporting year was last asked with (the kept ones), per language. */
    private record Made(AllianceFigures figures, Map<Locale, Content> byLanguage) {
    }

    private final Map<Year, Made> made = new ConcurrentHashMap<>();

    public Content of(AllianceFigures figures, Locale locale) {
        Made current = made.get(figures.reportingYear());
        // By identity: the service hands out the same figures until the data changes, and comparing
        // them by value would hash every year's totals on every request.
        if (current == null || current.figures() != figures) {
            current = made.compute(figures.reportingYear(), (year, kept) -> kept != null && kept.figures() == figures
                    ? kept : new Made(figures, new ConcurrentHashMap<>()));
        }
        return current.byLanguage().computeIfAbsent(locale, language -> make(figures, language));
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
                DashboardCharts.index(figures, texts), DashboardCharts.emissions(figures, texts), DashboardCharts.onTrackShares(figures, texts));
    }
}
