package tw.netzero.portal.web.publicsite;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import tw.netzero.portal.web.support.Messages;

/**
 * The options of the directory's filter lists as HTML, written once per list, chosen value and
 * language and kept (issue 18, item 3): the same for every visitor, so a rendered page no longer
 * walks seven {@code ui:repeat}s of some forty options with three EL expressions each. Nothing to
 * invalidate: the lists are the portal's enums and its message bundle. The markup is what
 * public/members.xhtml wrote with {@code ui:repeat}, escaped as in {@link DirectoryRowsHtml}.
 */
@ApplicationScoped
public class DirectoryFormHtml {

    private record Key(String list, String chosen, Locale locale) {
    }

    private record ChooserKey(List<MemberDirectoryView.ColumnChoice> choices, Locale locale) {
    }

    private final Map<Key, String> kept = new ConcurrentHashMap<>();

    /** At most 2 × 2^10 entries: the optional columns shown or not, per language. */
    private final Map<ChooserKey, String> keptChoosers = new ConcurrentHashMap<>();

    /**
     * @param list    the filter's name (only to tell the lists apart)
     * @param choices its choices in order
     * @param chosen  the value chosen now ("" for none); a value not among the choices selects none
     */
    public String options(String list, List<MemberDirectoryView.Choice> choices, String chosen, Locale locale) {
        String known = choices.stream().anyMatch(choice -> choice.value().equals(chosen)) ? chosen : "";
        return kept.computeIfAbsent(new Key(list, known, locale), key -> write(choices, known, locale));
    }

    private static String write(List<MemberDirectoryView.Choice> choices, String chosen, Locale locale) {
        ResourceBundle msg = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        StringBuilder html = new StringBuilder(choices.size() * 60);
        for (MemberDirectoryView.Choice choice : choices) {
            html.append("<option value=\"").append(DirectoryRowsHtml.escape(choice.value())).append('"');
            if (choice.value().equals(chosen)) {
                html.append(" selected=\"selected\"");
            }
            html.append('>').append(DirectoryRowsHtml.escape(msg.getString(choice.labelKey()))).append("</option>");
        }
        return html.toString();
    }

    /** The column chooser's check boxes, one per optional column, ticked when the column shows. */
    public String columnChoices(List<MemberDirectoryView.ColumnChoice> choices, Locale locale) {
        return keptChoosers.computeIfAbsent(new ChooserKey(choices, locale), key -> {
            ResourceBundle msg = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            StringBuilder html = new StringBuilder(choices.size() * 160);
            for (MemberDirectoryView.ColumnChoice choice : choices) {
                html.append("<label class=\"column-chooser__choice\"><input type=\"checkbox\" name=\"cols\" value=\"")
                        .append(DirectoryRowsHtml.escape(choice.parameter())).append("\" id=\"show-")
                        .append(DirectoryRowsHtml.escape(choice.key())).append('"');
                if (choice.shown()) {
                    html.append(" checked=\"checked\"");
                }
                html.append(" /> ").append(DirectoryRowsHtml.escape(msg.getString("directory.column." + choice.key())))
                        .append("</label>");
            }
            return html.toString();
        });
    }

    /** The table's column headers, each a link that sorts by it, marked when the table is sorted by it. */
    public String columnHeaders(List<MemberDirectoryView.ColumnHeader> columns, Locale locale) {
        ResourceBundle msg = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        StringBuilder html = new StringBuilder(columns.size() * 250);
        for (MemberDirectoryView.ColumnHeader column : columns) {
            html.append("<th scope=\"col\" aria-sort=\"").append(DirectoryRowsHtml.escape(column.ariaSort()))
                    .append("\" class=\"col-").append(DirectoryRowsHtml.escape(column.key())).append("\"><a href=\"")
                    .append(DirectoryRowsHtml.escape(column.url())).append("\" class=\"sort-link\">")
                    .append(DirectoryRowsHtml.escape(msg.getString("directory.column." + column.key())))
                    .append("<span class=\"sort-mark\" aria-hidden=\"true\">").append(DirectoryRowsHtml.escape(column.mark()))
                    .append("</span></a></th>");
        }
        return html.toString();
    }
}
