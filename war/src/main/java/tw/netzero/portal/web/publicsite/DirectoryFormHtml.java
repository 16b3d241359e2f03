package tw.netzero.portal.web.publicsite;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import tw.netzero.portal.web.support.Messages;

/**
 * The directory's filter options, column chooser and column headers as HTML, written in Java (issue
 * 18, item 3) instead of {@code ui:repeat}s of three to five EL expressions an item. Not kept here: the
 * form and the headers around them are kept whole per language and selection ({@code nz:kept},
 * decision 0062). The markup is what public/members.xhtml wrote with {@code ui:repeat}, escaped as in
 * {@link DirectoryRowsHtml}.
 */
@ApplicationScoped
public class DirectoryFormHtml {

    /**
     * A filter list's options in order.
     *
     * @param chosen the value chosen now ("" for none); a value not among the choices selects none
     */
    public String options(List<MemberDirectoryView.Choice> choices, String chosen, Locale locale) {
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
