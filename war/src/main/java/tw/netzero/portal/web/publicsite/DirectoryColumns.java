package tw.netzero.portal.web.publicsite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of the directory table's columns a reader chose to see (issue 20, feature 5; decision 0034).
 * The choice travels in the address ({@code cols=group&cols=pledge…}, the columns' sort parameters),
 * so a chosen view can be shared and is stored like any other directory address (decision 0012);
 * without {@code cols} every column shows. The company's name always shows. Hidden columns are
 * hidden by classes on the table ({@code hide-<key>}) and the stylesheet, so the rows' HTML kept by
 * {@link DirectoryRowsHtml} stays one per row and language whatever the choice (decision 0027).
 */
public final class DirectoryColumns {

    /** The request parameter, repeated once per column shown. */
    public static final String PARAMETER = "cols";

    /** A column the reader may hide: its key (message key suffix, cell class) and its parameter value. */
    public record Column(String key, String parameter) {
    }

    /** The table's columns after the company's name, in order (the parameter is the column's sort parameter). */
    public static final List<Column> OPTIONAL = List.of(new Column("industryGroup", "group"),
            new Column("memberSince", "member-since"), new Column("pledge", "pledge"),
            new Column("alignment", "alignment"), new Column("scope12Alignment", "scope12-alignment"),
            new Column("scope3Alignment", "scope3-alignment"), new Column("nearTerm", "near-term-year"),
            new Column("netZeroYear", "net-zero-year"), new Column("latestYear", "latest-year"),
            new Column("track", "track"));

    /** Every column: what the directory shows without a choice. */
    public static final DirectoryColumns ALL = new DirectoryColumns(new LinkedHashSet<>(OPTIONAL));

    private final Set<Column> shown;

    private DirectoryColumns(Set<Column> shown) {
        this.shown = shown;
    }

    /**
     * The columns named by the parameter's values (each may also list several, comma-separated);
     * names the directory does not know are ignored. No value, or none known: every column.
     */
    public static DirectoryColumns parse(String[] values) {
        if (values == null || values.length == 0) {
            return ALL;
        }
        Set<String> asked = new LinkedHashSet<>();
        for (String value : values) {
            asked.addAll(Arrays.asList(value.split(",")));
        }
        Set<Column> shown = new LinkedHashSet<>();
        for (Column column : OPTIONAL) {
            if (asked.contains(column.parameter())) {
                shown.add(column);
            }
        }
        return shown.isEmpty() ? ALL : new DirectoryColumns(shown);
    }

    public boolean isShown(String key) {
        return key.equals("company") || shown.stream().anyMatch(column -> column.key().equals(key));
    }

    public boolean isAll() {
        return shown.size() == OPTIONAL.size();
    }

    /** The values of {@link #PARAMETER} that ask for this choice; none for every column. */
    public List<String> parameters() {
        if (isAll()) {
            return List.of();
        }
        return shown.stream().map(Column::parameter).toList();
    }

    /** The table's class attribute: the hidden columns as {@code hide-<key>}, which the stylesheet hides. */
    public String tableClass() {
        List<String> classes = new ArrayList<>();
        classes.add("directory-table");
        for (Column column : OPTIONAL) {
            if (!shown.contains(column)) {
                classes.add("hide-" + column.key());
            }
        }
        return String.join(" ", classes);
    }
}
