package tw.netzero.portal.web.publicsite;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.directory.DirectoryRow;
import tw.netzero.portal.web.support.DataTable;
import tw.netzero.portal.web.support.DataTable.Column;
import tw.netzero.portal.web.support.DataTable.Kind;
import tw.netzero.portal.web.support.Messages;

/**
 * The directory as a download: the page's columns (both company names, since a file is read in
 * either language), headers and labels in the reader's language, and the licence and the date of
 * the data as notes.
 */
public final class DirectoryTables {

    public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

    private DirectoryTables() {
    }

    private record Field(String headerKey, Kind kind, Function<DirectoryRow, Object> value) {
    }

    private static List<Field> fields(ResourceBundle texts) {
        Function<String, Object> label = key -> key == null ? null : texts.getString(key);
        return List.of(
                new Field("directory.column.ubn", Kind.TEXT, DirectoryRow::ubn),
                new Field("directory.column.nameEn", Kind.TEXT, DirectoryRow::nameEn),
                new Field("directory.column.nameZh", Kind.TEXT, DirectoryRow::nameZh),
                new Field("directory.column.industryGroup", Kind.TEXT,
                        row -> label.apply("industryGroup." + row.group())),
                new Field("directory.column.memberSince", Kind.TEXT,
                        row -> row.memberSince() == null ? null : row.memberSince().toString()),
                new Field("directory.column.pledge", Kind.TEXT, row -> label.apply(row.pledge().messageKey())),
                new Field("directory.column.alignment", Kind.TEXT,
                        row -> row.alignment() == null ? null : label.apply(row.alignment().messageKey())),
                new Field("directory.column.scope12Alignment", Kind.TEXT, row -> row.scope12Alignment() == null ? null
                        : label.apply(row.scope12Alignment().messageKey())),
                new Field("directory.column.scope3Alignment", Kind.TEXT, row -> row.scope3Alignment() == null ? null
                        : label.apply(row.scope3Alignment().messageKey())),
                new Field("directory.column.nearTermYear", Kind.YEAR,
                        row -> row.nearTermYear() == null ? null : row.nearTermYear().getValue()),
                new Field("directory.column.nearTermReduction", Kind.PERCENT, DirectoryRow::nearTermReductionPercent),
                new Field("directory.column.netZeroYear", Kind.YEAR,
                        row -> row.netZeroYear() == null ? null : row.netZeroYear().getValue()),
                new Field("directory.column.latestYear", Kind.YEAR,
                        row -> row.latestReportedYear() == null ? null : row.latestReportedYear().getValue()),
                new Field("directory.column.track", Kind.TEXT,
                        row -> row.track() == null ? null : label.apply(row.track().messageKey())));
    }

    /**
     * @param source the address of the filtered page, so a reader can find the view again
     */
    public static DataTable of(List<DirectoryRow> rows, Instant asOf, String source, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        List<Field> fields = fields(texts);
        List<Column> columns = fields.stream().map(field -> new Column(texts.getString(field.headerKey()), field.kind()))
                .toList();
        List<List<Object>> cells = new ArrayList<>();
        for (DirectoryRow row : rows) {
            cells.add(Arrays.asList(fields.stream().map(field -> field.value().apply(row)).toArray()));
        }
        String dataDate = DateTimeFormatter.ISO_LOCAL_DATE.format(asOf.atZone(DueDates.ALLIANCE_ZONE));
        return new DataTable("members", columns, cells, List.of(
                texts.getString("directory.export.licence") + " " + LICENCE_URL,
                texts.getString("directory.export.asOf") + " " + dataDate,
                texts.getString("directory.export.source") + " " + source));
    }
}
