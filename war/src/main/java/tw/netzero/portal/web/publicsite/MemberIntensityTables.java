package tw.netzero.portal.web.publicsite;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.intensity.EmissionsIntensity;
import tw.netzero.portal.domain.model.intensity.MemberIntensities;
import tw.netzero.portal.domain.model.intensity.MemberIntensity;
import tw.netzero.portal.domain.model.intensity.YearIntensity;
import tw.netzero.portal.web.support.DataTable;
import tw.netzero.portal.web.support.DataTable.Column;
import tw.netzero.portal.web.support.DataTable.Kind;
import tw.netzero.portal.web.support.Messages;

/**
 * The members' emissions intensity as open data (decision 0048): one row per active member and accepted year
 * that states net revenue or production output, with t CO2e of scope 1 + 2 per million NTD and per unit of
 * output, scope 2 both ways (ESRS E1-6; decision 0042), the figures the public profile and
 * {@code GET /api/members/{ubn}} show. Headers in the reader's language, both company names, licence and the
 * date of the data as notes, as the directory's download has them.
 */
public final class MemberIntensityTables {

    private MemberIntensityTables() {
    }

    /**
     * @param source the address of the public directory, where the download is offered
     */
    public static DataTable of(MemberIntensities intensities, String source, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        List<Column> columns = List.of(
                new Column(texts.getString("directory.column.ubn"), Kind.TEXT),
                new Column(texts.getString("directory.column.nameEn"), Kind.TEXT),
                new Column(texts.getString("directory.column.nameZh"), Kind.TEXT),
                new Column(texts.getString("directory.column.industryGroup"), Kind.TEXT),
                new Column(texts.getString("filing.year"), Kind.YEAR),
                new Column(texts.getString("intensity.netRevenue"), Kind.AMOUNT),
                new Column(texts.getString("intensity.perMillionNtdMarket"), Kind.INTENSITY),
                new Column(texts.getString("intensity.perMillionNtdLocation"), Kind.INTENSITY),
                new Column(texts.getString("intensity.output"), Kind.AMOUNT),
                new Column(texts.getString("intensity.unit"), Kind.TEXT),
                new Column(texts.getString("intensity.perUnitMarket"), Kind.INTENSITY),
                new Column(texts.getString("intensity.perUnitLocation"), Kind.INTENSITY));
        List<List<Object>> rows = intensities.rows().stream().map(row -> row(row, texts)).toList();
        String dataDate = DateTimeFormatter.ISO_LOCAL_DATE.format(intensities.asOf().atZone(DueDates.ALLIANCE_ZONE));
        return new DataTable("intensity", columns, rows, List.of(
                texts.getString("directory.export.licence") + " " + DirectoryTables.LICENCE_URL,
                texts.getString("directory.export.asOf") + " " + dataDate,
                texts.getString("intensity.export.source") + " " + source,
                texts.getString("intensity.export.note")));
    }

    private static List<Object> row(MemberIntensity member, ResourceBundle texts) {
        YearIntensity year = member.year();
        return Arrays.asList(member.ubn(), member.nameEn(), member.nameZh(),
                texts.getString("industryGroup." + member.group()), year.year().getValue(),
                DataTable.amount(year.netRevenueMillionNtd()),
                tonnes(year.perMillionNtdMarketBased()), tonnes(year.perMillionNtdLocationBased()),
                DataTable.amount(year.productionOutput()), year.productionUnit(), tonnes(year.perUnitMarketBased()),
                tonnes(year.perUnitLocationBased()));
    }

    private static BigDecimal tonnes(EmissionsIntensity intensity) {
        return intensity == null ? null : intensity.tonnesPerUnit();
    }
}
