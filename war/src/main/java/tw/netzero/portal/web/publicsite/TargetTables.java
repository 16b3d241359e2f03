package tw.netzero.portal.web.publicsite;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.directory.ApprovedTargets;
import tw.netzero.portal.domain.model.directory.TargetRow;
import tw.netzero.portal.domain.model.pledge.TargetPreCheckResult;
import tw.netzero.portal.web.support.DataTable;
import tw.netzero.portal.web.support.DataTable.Column;
import tw.netzero.portal.web.support.DataTable.Kind;
import tw.netzero.portal.web.support.Messages;

/**
 * All approved targets as a download, in the columns of SBTi's target dashboard: one row per
 * target, both company names, headers and labels in the reader's language, and the licence and
 * the date of the data as notes, as the directory's download has them.
 */
public final class TargetTables {

    private TargetTables() {
    }

    private record Field(String headerKey, Kind kind, Function<TargetRow, Object> value) {
    }

    private static List<Field> fields(ResourceBundle texts) {
        Function<String, Object> label = key -> key == null ? null : texts.getString(key);
        return List.of(
                new Field("directory.column.ubn", Kind.TEXT, TargetRow::ubn),
                new Field("directory.column.nameEn", Kind.TEXT, TargetRow::nameEn),
                new Field("directory.column.nameZh", Kind.TEXT, TargetRow::nameZh),
                new Field("directory.column.industryGroup", Kind.TEXT,
                        row -> label.apply("industryGroup." + row.group())),
                new Field("targets.column.horizon", Kind.TEXT, row -> label.apply(row.horizon().messageKey())),
                new Field("targets.column.boundary", Kind.TEXT, row -> label.apply(row.boundary().messageKey())),
                new Field("targets.column.type", Kind.TEXT, row -> label.apply(row.type().messageKey())),
                new Field("targets.column.reduction", Kind.PERCENT, TargetRow::reductionPercent),
                new Field("targets.column.baseYear", Kind.YEAR, row -> row.baseYear().getValue()),
                new Field("targets.column.targetYear", Kind.YEAR, row -> row.targetYear().getValue()),
                new Field("targets.column.classification", Kind.TEXT,
                        row -> label.apply(row.classification().messageKey())),
                new Field("targets.column.annualRate", Kind.PERCENT, TargetRow::annualRate),
                new Field("targets.column.scope2Method", Kind.TEXT,
                        row -> row.scope2Method() == null ? null : label.apply("pledge.scope2Method." + row.scope2Method())),
                new Field("targets.column.scope3Categories", Kind.TEXT,
                        row -> row.scope3CategoryNumbers().isEmpty() ? null : row.scope3CategoryNumbers()),
                new Field("directory.column.netZeroYear", Kind.YEAR,
                        row -> row.netZeroYear() == null ? null : row.netZeroYear().getValue()),
                new Field("targets.column.submittedOn", Kind.TEXT, row -> row.submittedOn().toString()),
                new Field("targets.column.sbtiCriteria", Kind.TEXT,
                        row -> label.apply(row.consistentWithSbtiCriteria() ? TargetPreCheckResult.CONSISTENT_LABEL_KEY
                                : TargetPreCheckResult.NOT_CONSISTENT_LABEL_KEY)));
    }

    /**
     * @param source the address of the public directory, where the download is offered
     */
    public static DataTable of(ApprovedTargets targets, String source, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        List<Field> fields = fields(texts);
        List<Column> columns = fields.stream().map(field -> new Column(texts.getString(field.headerKey()), field.kind()))
                .toList();
        List<List<Object>> cells = new ArrayList<>();
        for (TargetRow row : targets.rows()) {
            cells.add(Arrays.asList(fields.stream().map(field -> field.value().apply(row)).toArray()));
        }
        String dataDate = DateTimeFormatter.ISO_LOCAL_DATE.format(targets.asOf().atZone(DueDates.ALLIANCE_ZONE));
        return new DataTable("targets", columns, cells, List.of(
                texts.getString("directory.export.licence") + " " + DirectoryTables.LICENCE_URL,
                texts.getString("directory.export.asOf") + " " + dataDate,
                texts.getString("targets.export.source") + " " + source,
                texts.getString("targets.export.classificationNote")));
    }
}
