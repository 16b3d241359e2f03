package tw.netzero.portal.web.publicsite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import tw.netzero.portal.application.publicdata.AllianceDashboard;
import tw.netzero.portal.application.publicdata.MemberDirectory;
import tw.netzero.portal.domain.model.alliance.AllianceSeries;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.directory.DirectoryPage;
import tw.netzero.portal.domain.model.directory.DirectoryRequest;
import tw.netzero.portal.domain.model.directory.DirectoryRow;
import tw.netzero.portal.domain.model.directory.DirectorySort;
import tw.netzero.portal.domain.model.directory.PledgeStanding;
import tw.netzero.portal.domain.model.directory.TrackBadge;
import tw.netzero.portal.domain.model.pledge.Alignment;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.web.i18n.Language;
import tw.netzero.portal.web.publicdata.DirectoryParameters;
import tw.netzero.portal.web.support.KeptParts;
import tw.netzero.portal.web.support.Messages;

/**
 * Backing bean of public/members.xhtml, per request: the view is transient and the filters are a
 * GET form, so an anonymous visit keeps nothing on the server (no session, no view state) and
 * every filtered, sorted page is a URL. Paging and sorting are links carrying the same parameters.
 */
@Named
@RequestScoped
public class MemberDirectoryView {

    /** One choice of a filter: the parameter value and the message key of its label. */
    public record Choice(String value, String labelKey) {
    }

    /** A sortable column header: its message key suffix, where it links, and how it is sorted now. */
    public record ColumnHeader(String key, String url, String ariaSort, String mark) {
    }

    /** The table's columns in order (message key suffix, sort parameter); null: the name in the reader's language. */
    private static final List<Map.Entry<String, String>> COLUMNS = List.of(Map.entry("company", ""),
            Map.entry("industryGroup", "group"), Map.entry("memberSince", "member-since"), Map.entry("pledge", "pledge"),
            Map.entry("alignment", "alignment"), Map.entry("scope12Alignment", "scope12-alignment"),
            Map.entry("scope3Alignment", "scope3-alignment"), Map.entry("nearTerm", "near-term-year"),
            Map.entry("netZeroYear", "net-zero-year"), Map.entry("latestYear", "latest-year"),
            Map.entry("track", "track"));

    /** One box of the column chooser: the column's key, its parameter value, and whether it shows. */
    public record ColumnChoice(String key, String parameter, boolean shown) {
    }

    /** A link to one page of the results. */
    public record PageLink(int number, String url, boolean current) {
    }

    @Inject
    private MemberDirectory directory;

    /** The alliance's figures like for like, kept per data version like the directory (decision 0010). */
    @Inject
    private AllianceDashboard alliance;

    @Inject
    private Language language;

    @Inject
    private ExternalContext external;

    @Inject
    private FacesContext faces;

    @Inject
    private Messages messages;

    @Inject
    private DirectoryRowsHtml rowsHtml;

    @Inject
    private DirectoryFormHtml formHtml;

    @Inject
    private KeptParts keptParts;

    private DirectoryPage page;
    private DirectoryColumns columns = DirectoryColumns.ALL;
    /*
     * Asked for many times per render (ui:param aliases are evaluated at each use, the filter form asks
     * for the selection once per option): worked out once per request (decision 0061).
     */
    private AllianceSeries.AllianceYear likeForLike;
    private boolean likeForLikeRead;
    private Map<String, String> selection;

    /** Readers of Chinese get the list in Chinese name order until they sort otherwise. */
    static DirectorySort defaultSort(Language language) {
        return language.isChinese() ? DirectorySort.NAME_ZH : DirectorySort.NAME_EN;
    }

    /** The query string ("?a=b&…", or "" for the default view) that asks for a request. */
    static String query(DirectoryRequest request, DirectorySort defaultSort) {
        return query(request, defaultSort, DirectoryColumns.ALL);
    }

    /** The query string that asks for a request with a choice of columns (none said for every column). */
    static String query(DirectoryRequest request, DirectorySort defaultSort, DirectoryColumns columns) {
        Map<String, String> parameters = DirectoryParameters.of(request, defaultSort);
        return Stream.concat(parameters.entrySet().stream(),
                        columns.parameters().stream().map(column -> Map.entry(DirectoryColumns.PARAMETER, column)))
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.collectingAndThen(Collectors.joining("&"), joined -> joined.isEmpty() ? "" : "?" + joined));
    }

    /** The view action: reads the URL; a bad parameter is reported and the whole directory shown. */
    public void load() {
        // Transient before rendering starts: PrimeFaces' CSP listener asks for the view map before
        // the page's tags are applied, and on a view that is not transient yet that creates a session.
        faces.getViewRoot().setTransient(true);
        columns = DirectoryColumns.parse(external.getRequestParameterValuesMap().get(DirectoryColumns.PARAMETER));
        DirectoryRequest request;
        try {
            request = DirectoryParameters.parse(external.getRequestParameterMap()::get, defaultSort(language));
        } catch (FieldRuleViolation badParameter) {
            messages.error(null, badParameter);
            request = DirectoryRequest.DEFAULT.sortedBy(defaultSort(language));
        }
        page = directory.page(request);
        if (request.page() > page.pageCount()) {
            // A page past the end (an old link, a typed number) goes to the last page, and the
            // address says so, rather than "0–0 shown" above an empty table.
            try {
                external.redirect(pageUrl(page.pageCount()));
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            faces.responseComplete();
        }
    }

    /** The summary strip's change like for like: the latest confirmed year, or null while there is none. */
    public AllianceSeries.AllianceYear getLikeForLike() {
        if (!likeForLikeRead) {
            likeForLike = alliance.publicFigures().latestConfirmedChange().orElse(null);
            likeForLikeRead = true;
        }
        return likeForLike;
    }

    public DirectoryPage getPage() {
        return page;
    }

    public DirectoryRequest getRequest() {
        return page.request();
    }

    public String getPath() {
        return external.getRequestContextPath() + "/public/members.xhtml";
    }

    public String pageUrl(int number) {
        return getPath() + query(page.request().withPage(number), defaultSort(language), columns);
    }

    /** The last pages and the ones around the current, as links (at most seven). */
    public List<PageLink> getPageLinks() {
        int current = page.request().page();
        int from = Math.max(1, Math.min(current - 3, page.pageCount() - 6));
        int to = Math.min(page.pageCount(), from + 6);
        return IntStream.rangeClosed(from, to)
                .mapToObj(number -> new PageLink(number, pageUrl(number), number == current)).toList();
    }

    public String sortUrl(String column) {
        return getPath() + query(page.request().sortedBy(sort(column)), defaultSort(language), columns);
    }

    /** For the aria-sort attribute of a column header. */
    public String ariaSort(String column) {
        if (page.request().sort() != sort(column)) {
            return "none";
        }
        return page.request().ascending() ? "ascending" : "descending";
    }

    public List<ColumnHeader> getColumns() {
        return COLUMNS.stream().map(column -> {
            String sort = column.getValue().isEmpty() ? defaultSort(language).parameter() : column.getValue();
            String aria = ariaSort(sort);
            return new ColumnHeader(column.getKey(), sortUrl(sort), aria,
                    aria.equals("ascending") ? " ▲" : aria.equals("descending") ? " ▼" : "");
        }).toList();
    }

    /**
     * The sortable column headers as HTML ({@code <th>} elements): what a {@code ui:repeat} of five
     * EL expressions a column wrote, in Java (issue 18, item 3); their links depend on the request.
     */
    public String getColumnHeadersHtml() {
        return formHtml.columnHeaders(getColumns(), language.getLocale());
    }

    /** The date of the data, in the reader's language (Kaohsiung's day). */
    public String getDataDate() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.getLocale())
                .format(page.asOf().atZone(DueDates.ALLIANCE_ZONE));
    }

    /**
     * When the directory's data last changed (the snapshot's time, decision 0026), in the reader's
     * language and Kaohsiung's time: the "last updated" line.
     */
    public String getLastUpdated() {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.getLocale()).format(page.asOf().atZone(DueDates.ALLIANCE_ZONE));
    }

    /** The column chooser's boxes: each optional column, and whether it shows now. */
    public List<ColumnChoice> getColumnChoices() {
        return DirectoryColumns.OPTIONAL.stream()
                .map(column -> new ColumnChoice(column.key(), column.parameter(), columns.isShown(column.key()))).toList();
    }

    public DirectoryColumns getShownColumns() {
        return columns;
    }

    /**
     * The key under which a part that shows only the selection (filters, order, page size, columns:
     * not the page number nor data) is kept as HTML (nz:kept, decision 0062).
     */
    public KeptParts.Key keptPartKey(String part) {
        return keptParts.key(part, query(page.request().withPage(1), defaultSort(language), columns));
    }

    /** The column chooser's boxes as HTML (DirectoryFormHtml). */
    public String getColumnChoicesHtml() {
        return formHtml.columnChoices(getColumnChoices(), language.getLocale());
    }

    /** Downloads hold every column whatever the table shows. */
    public String exportUrl(String format) {
        String query = query(page.request().withPage(1), defaultSort(language));
        return external.getRequestContextPath() + "/public/members-export?format=" + format
                + (query.isEmpty() ? "" : "&" + query.substring(1));
    }

    /** The table's rows as HTML, each row written once per language and kept (decision 0027). */
    public String getRowsHtml() {
        return rowsHtml.of(page.rows(), language.getLocale(), external.getRequestContextPath());
    }

    public String profileUrl(DirectoryRow row) {
        return external.getRequestContextPath() + "/public/member.xhtml?ubn=" + row.ubn();
    }

    /** The address of the first page of this view, for the "link to this view" text. */
    public String getShareUrl() {
        return pageUrl(1);
    }

    private static DirectorySort sort(String column) {
        return DirectorySort.ofParameter(column).orElseThrow(() -> new IllegalArgumentException(column));
    }

    public List<Choice> getGroups() {
        return java.util.Arrays.stream(IndustryGroup.values())
                .map(group -> new Choice(DirectoryParameters.parameterOf(group), "industryGroup." + group)).toList();
    }

    public List<Choice> getPledgeStandings() {
        return java.util.Arrays.stream(PledgeStanding.values())
                .map(standing -> new Choice(standing.parameter(), standing.messageKey())).toList();
    }

    public List<Choice> getAlignments() {
        return java.util.Arrays.stream(Alignment.values())
                .map(alignment -> new Choice(DirectoryParameters.parameterOf(alignment), alignment.messageKey())).toList();
    }

    public List<Choice> getTracks() {
        return java.util.Arrays.stream(TrackBadge.values())
                .map(track -> new Choice(track.parameter(), track.messageKey())).toList();
    }

    /**
     * The options of a filter list (group, pledge, alignment, scope12, scope3, track) as HTML, the
     * current choice selected (DirectoryFormHtml).
     */
    public String options(String parameter) {
        List<Choice> choices = switch (parameter) {
            case "group" -> getGroups();
            case "pledge" -> getPledgeStandings();
            case "alignment", "scope12", "scope3" -> getAlignments();
            case "track" -> getTracks();
            default -> throw new IllegalArgumentException(parameter);
        };
        return formHtml.options(choices, selected(parameter), language.getLocale());
    }

    /** The current value of a filter parameter as the form shows it ("" when not set). */
    public String selected(String parameter) {
        if (selection == null) {
            selection = DirectoryParameters.of(page.request(), null);
        }
        return selection.getOrDefault(parameter, "");
    }

    public String groupParameter(IndustryGroup group) {
        return DirectoryParameters.parameterOf(group);
    }

    public String alignmentParameter(Alignment alignment) {
        return alignment == null ? "" : DirectoryParameters.parameterOf(alignment);
    }
}
