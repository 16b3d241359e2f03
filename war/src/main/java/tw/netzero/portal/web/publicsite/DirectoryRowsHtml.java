package tw.netzero.portal.web.publicsite;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import tw.netzero.portal.domain.model.directory.DirectoryRow;
import tw.netzero.portal.domain.model.pledge.Alignment;
import tw.netzero.portal.web.support.Messages;

/**
 * The directory table's rows as HTML, each row written once per language and kept (decision 0027).
 * A row's HTML depends only on the row's values, the language and the context path, so it is the
 * same for every visitor, every page, filter and order that shows the row, and every snapshot in
 * which the row did not change: rows are records, so the key is their value and nothing needs to be
 * invalidated. Writing the rows through Faces (one EL call per cell and a message look-up per label,
 * for 20 rows) was the largest part of a rendered directory page.
 *
 * <p>The markup is what public/members.xhtml wrote with {@code ui:repeat}, and every text and
 * attribute value is escaped here as Faces' response writer escapes it (names are the members' own
 * input). Every cell carries its column's class ({@code col-<key>}), by which a column the reader
 * hid is hidden ({@link DirectoryColumns}).
 */
@ApplicationScoped
public class DirectoryRowsHtml {

    /** At most this many rows kept (about 1–2 kB each); when full, the store starts again. */
    static final int MAX_KEPT = 20_000;

    private record Key(DirectoryRow row, Locale locale, String contextPath) {
    }

    private final Map<Key, String> kept = new ConcurrentHashMap<>();

    /** The rows, in order, as {@code <tr>} elements for the page's language. */
    public String of(List<DirectoryRow> rows, Locale locale, String contextPath) {
        StringBuilder html = new StringBuilder(rows.size() * 1200);
        for (DirectoryRow row : rows) {
            Key key = new Key(row, locale, contextPath);
            String written = kept.get(key);
            if (written == null) {
                written = write(row, locale, contextPath);
                if (kept.size() >= MAX_KEPT) {
                    kept.clear();
                }
                kept.put(key, written);
            }
            html.append(written);
        }
        return html.toString();
    }

    static String write(DirectoryRow row, Locale locale, String contextPath) {
        ResourceBundle msg = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        boolean chinese = Locale.TRADITIONAL_CHINESE.getLanguage().equals(locale.getLanguage());
        StringBuilder html = new StringBuilder(1200);
        html.append("<tr class=\"member-row\"><th scope=\"row\" class=\"col-company\">")
                .append("<a href=\"").append(escape(contextPath + "/public/member.xhtml?ubn=" + row.ubn()))
                .append("\" class=\"company-name\" lang=\"").append(chinese ? "zh-TW" : "en").append("\">")
                .append(escape(chinese ? row.nameZh() : row.nameEn())).append("</a>")
                .append("<span class=\"company-name__other\" lang=\"").append(chinese ? "en" : "zh-TW").append("\">")
                .append(escape(chinese ? row.nameEn() : row.nameZh())).append("</span></th>");
        html.append("<td class=\"col-industryGroup\"><span class=\"group-badge group-badge--").append(escape(String.valueOf(row.group())))
                .append("\">").append(escape(msg.getString("industryGroup." + row.group()))).append("</span></td>");
        html.append("<td class=\"num col-memberSince\">").append(row.memberSince() == null ? ""
                : escape(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(row.memberSince())))
                .append("</td>");
        html.append("<td class=\"col-pledge\"><span class=\"pledge pledge--").append(escape(row.pledge().parameter())).append("\">")
                .append(escape(msg.getString(row.pledge().messageKey()))).append("</span></td>");
        html.append("<td class=\"col-alignment\">").append(alignment(row.alignment(), msg)).append("</td>");
        html.append("<td class=\"col-scope12Alignment\">").append(alignment(row.scope12Alignment(), msg)).append("</td>");
        html.append("<td class=\"col-scope3Alignment\">").append(alignment(row.scope3Alignment(), msg)).append("</td>");
        html.append("<td class=\"num col-nearTerm\">").append(escape(nearTerm(row, locale))).append("</td>");
        html.append("<td class=\"num col-netZeroYear\">").append(row.netZeroYear() == null ? "—" : row.netZeroYear().getValue()).append("</td>");
        html.append("<td class=\"num col-latestYear\">").append(row.latestReportedYear() == null ? "—" : row.latestReportedYear().getValue())
                .append("</td>");
        html.append("<td class=\"col-track\">");
        if (row.track() == null) {
            html.append("—");
        } else {
            html.append("<span class=\"badge badge--").append(escape(row.track().parameter())).append("\">")
                    .append(escape(msg.getString(row.track().messageKey()))).append("</span>");
        }
        return html.append("</td></tr>").toString();
    }

    /**
     * A near-term target as "2030 (−42 %)", the reduction as {@code <f:convertNumber
     * maxFractionDigits="2"/>} writes it in that language; "—" without a target.
     */
    static String nearTerm(DirectoryRow row, Locale locale) {
        if (row.nearTermYear() == null) {
            return "—";
        }
        NumberFormat percent = NumberFormat.getNumberInstance(locale);
        percent.setMaximumFractionDigits(2);
        return row.nearTermYear().getValue() + " (−"
                + (row.nearTermReductionPercent() == null ? "" : percent.format(row.nearTermReductionPercent())) + " %)";
    }

    private static String alignment(Alignment alignment, ResourceBundle msg) {
        return alignment == null ? "—" : escape(msg.getString(alignment.messageKey()));
    }

    /** Text or an attribute value as HTML: the five characters that could end or open markup. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (entity == null) {
                    escaped.append(c);
                } else {
                    escaped.append(entity);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }
}
