package tw.netzero.portal.web.secretariat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;
import tw.netzero.portal.application.publicdata.AllianceFigures.Totals;
import tw.netzero.portal.application.publicdata.AllianceFigures;
import tw.netzero.portal.domain.model.alliance.AllianceSeries;
import tw.netzero.portal.domain.model.alliance.ApprovedTargetCounts;
import tw.netzero.portal.domain.model.alliance.MemberCoverage;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.web.support.DataTable.Column;
import tw.netzero.portal.web.support.DataTable.Kind;
import tw.netzero.portal.web.support.DataTable;
import tw.netzero.portal.web.support.Messages;

/**
 * The dashboard's tables, defined once for the page and the CSV / XLSX downloads, so both always
 * show the same columns and figures.
 */
public final class DashboardTables {

    /** The tables by the name the download link uses. */
    public enum Name {
        LIKE_FOR_LIKE("like-for-like"),
        BRIDGE("bridge"),
        YEARS("totals-by-year"),
        GROUPS("by-industry-group"),
        COVERAGE("coverage"),
        TARGETS("approved-targets");

        private final String fileName;

        Name(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }

        public static Optional<Name> ofFileName(String fileName) {
            return Arrays.stream(values()).filter(name -> name.fileName.equals(fileName)).findFirst();
        }
    }

    /** Message text in the reader's language. */
    @FunctionalInterface
    public interface Texts {
        String text(String key);

        /**
         * From the message bundle in this language. The page builds its tables in its view action,
         * before f:view has set the view's locale, so the language is passed in, not read from the view.
         */
        static Texts of(Locale locale) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            return bundle::getString;
        }
    }

    private static final Totals NO_FIGURES = new Totals(0, null, null, 0, 0, 0);

    private DashboardTables() {
    }

    public static DataTable of(Name name, AllianceFigures figures, Texts texts) {
        return switch (name) {
            case LIKE_FOR_LIKE -> likeForLike(figures, texts);
            case BRIDGE -> bridge(figures, texts);
            case YEARS -> years(figures, texts);
            case GROUPS -> groups(figures, texts);
            case COVERAGE -> coverage(figures.coverage(), texts);
            case TARGETS -> targets(figures.approvedTargets(), texts);
        };
    }

    /** The alliance like for like (AllianceSeries): coverage, provisional years, the chained index, the same members' lines. */
    private static DataTable likeForLike(AllianceFigures figures, Texts texts) {
        List<Column> columns = List.of(new Column(texts.text("dashboard.column.year"), Kind.YEAR),
                new Column(texts.text("dashboard.column.basis"), Kind.TEXT),
                new Column(texts.text("dashboard.column.membersCounted"), Kind.COUNT),
                new Column(texts.text("dashboard.column.activeMembers"), Kind.COUNT),
                new Column(texts.text("dashboard.column.total"), Kind.TONNES),
                new Column(texts.text("dashboard.column.baseYearCoverage"), Kind.PERCENT),
                new Column(texts.text("dashboard.column.cohort"), Kind.COUNT),
                new Column(texts.text("dashboard.column.likeForLikeChange"), Kind.PERCENT),
                new Column(texts.text("dashboard.column.index"), Kind.PERCENT),
                new Column(texts.text("dashboard.column.sameMembers"), Kind.COUNT),
                new Column(texts.text("dashboard.column.sameMembersActual"), Kind.TONNES),
                new Column(texts.text("dashboard.column.sameMembersPledged"), Kind.TONNES),
                new Column(texts.text("dashboard.column.sameMembersCity"), Kind.TONNES));
        List<List<Object>> rows = figures.alliance().stream().map(year -> Arrays.<Object>asList(year.year().getValue(),
                texts.text(year.provisional() ? "dashboard.basis.provisional" : "dashboard.basis.confirmed"),
                year.membersCounted(), year.activeMembers(), tonnes(year.total()), percent(year.baseYearCoverage()),
                year.change().cohort(), year.change().percent(), year.change().index(), year.sameMembers().members(),
                tonnes(year.sameMembers().actual()), tonnes(year.sameMembers().pledged()),
                tonnes(year.sameMembers().cityGoals()))).toList();
        return new DataTable(Name.LIKE_FOR_LIKE.fileName(), columns, rows);
    }

    /** From each year's total as first reported to the next year's, step by step. */
    private static DataTable bridge(AllianceFigures figures, Texts texts) {
        List<Column> columns = List.of(new Column(texts.text("dashboard.column.year"), Kind.YEAR),
                new Column(texts.text("dashboard.column.bridgeFrom"), Kind.TONNES),
                new Column(texts.text("dashboard.column.restatements"), Kind.TONNES),
                new Column(texts.text("dashboard.column.joinedMembers"), Kind.COUNT),
                new Column(texts.text("dashboard.column.joined"), Kind.TONNES),
                new Column(texts.text("dashboard.column.leftMembers"), Kind.COUNT),
                new Column(texts.text("dashboard.column.left"), Kind.TONNES),
                new Column(texts.text("dashboard.column.notFiledMembers"), Kind.COUNT),
                new Column(texts.text("dashboard.column.notFiled"), Kind.TONNES),
                new Column(texts.text("dashboard.column.realChange"), Kind.TONNES),
                new Column(texts.text("dashboard.column.total"), Kind.TONNES));
        List<List<Object>> rows = figures.alliance().stream().filter(year -> year.bridge() != null).map(year -> {
            AllianceSeries.Bridge bridge = year.bridge();
            // Leavers and missing filings take their tonnes out of the total: shown as negative steps.
            return Arrays.<Object>asList(year.year().getValue(), bridge.previousAsFirstReported(),
                    bridge.restatements(), bridge.joinedMembers(), bridge.joined(), bridge.leftMembers(),
                    bridge.left().negate(), bridge.notFiledMembers(), bridge.notFiled().negate(), bridge.realChange(),
                    bridge.total());
        }).toList();
        return new DataTable(Name.BRIDGE.fileName(), columns, rows);
    }

    /**
     * The on-track verdicts per year, with each year's coverage and basis. No summed emissions or
     * pathways: those are like for like, on the same members, in {@link #likeForLike} (issue 22).
     */
    private static DataTable years(AllianceFigures figures, Texts texts) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(texts.text("dashboard.column.year"), Kind.YEAR));
        columns.addAll(verdictColumns(texts));
        // Beside each year, how much of the alliance it covers and whether the year is complete, so a
        // year few have filed for is not read as a change (issue 20, defect 11; decision 0019's threshold).
        columns.add(2, new Column(texts.text("dashboard.column.baseYearCoverage"), Kind.PERCENT));
        columns.add(3, new Column(texts.text("dashboard.column.basis"), Kind.TEXT));
        Map<Year, AllianceSeries.AllianceYear> alliance = new HashMap<>();
        figures.alliance().forEach(year -> alliance.put(year.year(), year));
        List<List<Object>> rows = figures.reportedYears().stream().map(line -> {
            List<Object> row = new ArrayList<>();
            row.add(line.year().getValue());
            row.addAll(verdictCells(line.totals()));
            AllianceSeries.AllianceYear year = alliance.get(line.year());
            row.add(2, year == null ? null : percent(year.baseYearCoverage()));
            row.add(3, year == null ? null : texts.text(year.provisional() ? "dashboard.basis.incomplete"
                    : "dashboard.basis.complete"));
            return row;
        }).toList();
        return new DataTable(Name.YEARS.fileName(), columns, rows);
    }

    /** The on-track verdicts per year and industry group, every group listed. */
    private static DataTable groups(AllianceFigures figures, Texts texts) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(texts.text("dashboard.column.year"), Kind.YEAR));
        columns.add(new Column(texts.text("dashboard.column.group"), Kind.TEXT));
        columns.addAll(verdictColumns(texts));
        // Every group in every year shown, those without figures as empty rows (issue 20, defect 11).
        Map<Year, Map<IndustryGroup, Totals>> byYear = new TreeMap<>();
        byYear.put(figures.reportingYear(), new EnumMap<>(IndustryGroup.class));
        figures.groups().forEach(line -> byYear.computeIfAbsent(line.year(), y -> new EnumMap<>(IndustryGroup.class))
                .put(line.group(), line.totals()));
        List<List<Object>> rows = new ArrayList<>();
        byYear.forEach((year, groups) -> {
            for (IndustryGroup group : IndustryGroup.values()) {
                List<Object> row = new ArrayList<>();
                row.add(year.getValue());
                row.add(texts.text("industryGroup." + group));
                row.addAll(verdictCells(groups.getOrDefault(group, NO_FIGURES)));
                rows.add(row);
            }
        });
        return new DataTable(Name.GROUPS.fileName(), columns, rows);
    }

    private static DataTable coverage(MemberCoverage coverage, Texts texts) {
        List<Column> columns = List.of(new Column(texts.text("dashboard.column.measure"), Kind.TEXT),
                new Column(texts.text("dashboard.column.members"), Kind.COUNT),
                new Column(texts.text("dashboard.column.shareOfActive"), Kind.PERCENT));
        BigDecimal active = BigDecimal.valueOf(coverage.activeMembers());
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] measure : new Object[][] {
                {"dashboard.coverage.activeMembers", coverage.activeMembers()},
                {"dashboard.coverage.withApprovedPledge", coverage.withApprovedPledge()},
                {"dashboard.coverage.withFiling", coverage.withFiling()},
                {"dashboard.coverage.withVerifiedFiling", coverage.withVerifiedFiling()}}) {
            long members = (Long) measure[1];
            rows.add(Arrays.asList(texts.text((String) measure[0]), members,
                    Percentage.ofShare(BigDecimal.valueOf(members), active).value()));
        }
        return new DataTable(Name.COVERAGE.fileName(), columns, rows);
    }

    /** Near-term targets of the pledges in force by boundary and classification (issue 12, item 5). */
    private static DataTable targets(ApprovedTargetCounts counts, Texts texts) {
        List<Column> columns = List.of(new Column(texts.text("dashboard.column.boundary"), Kind.TEXT),
                new Column(texts.text("dashboard.column.classification"), Kind.TEXT),
                new Column(texts.text("dashboard.column.targets"), Kind.COUNT));
        List<List<Object>> rows = counts.lines().stream().map(line -> Arrays.<Object>asList(
                texts.text(line.boundary().messageKey()), texts.text(line.alignment().messageKey()),
                (long) line.targets())).toList();
        return new DataTable(Name.TARGETS.fileName(), columns, rows);
    }

    private static List<Column> verdictColumns(Texts texts) {
        return List.of(new Column(texts.text("dashboard.column.membersReporting"), Kind.COUNT),
                new Column(texts.text("dashboard.column.onTrack"), Kind.COUNT),
                new Column(texts.text("dashboard.column.offTrack"), Kind.COUNT),
                new Column(texts.text("dashboard.column.notAssessed"), Kind.COUNT),
                new Column(texts.text("dashboard.column.onTrackShare"), Kind.PERCENT),
                new Column(texts.text("dashboard.column.offTrackShare"), Kind.PERCENT));
    }

    private static List<Object> verdictCells(Totals totals) {
        return Arrays.asList(totals.membersReporting(), totals.onTrack(), totals.offTrack(), totals.notAssessed(),
                percent(totals.onTrackShare()), percent(totals.offTrackShare()));
    }

    private static BigDecimal tonnes(Emissions emissions) {
        return emissions == null ? null : emissions.tonnes();
    }

    private static BigDecimal percent(Percentage percentage) {
        return percentage == null ? null : percentage.value();
    }
}
