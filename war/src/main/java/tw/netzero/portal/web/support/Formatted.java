package tw.netzero.portal.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers, dates and messages with arguments in the page's language, written as
 * {@code <f:convertNumber>}, {@code <f:convertDateTime type="localDate">} and {@code <h:outputFormat>}
 * write them, for read-only text of pages rendered for every visitor
 * ({@code #{formatted.number(line.total().tonnes(), 0)}} instead of an {@code h:outputText} with a
 * converter). Those are components and objects per cell, made for every rendering, and each value gets
 * a new {@link NumberFormat} or {@link MessageFormat}; here each format is made once per language and
 * pattern and copied per value (neither is thread-safe): a public profile shows a few hundred figures
 * (decision 0061). No value, no text; a text as it is, as the converters.
 */
@Named
@ApplicationScoped
public class Formatted {

    private record NumberStyle(Locale locale, int minFractionDigits, int maxFractionDigits) {
    }

    private record DateStyle(Locale locale, FormatStyle style) {
    }

    private record Message(Locale locale, String pattern) {
    }

    /** Patterns are the bundles' (and a few composed of them): bounded, but kept at most this many. */
    static final int MAX_MESSAGES = 2_000;

    private final Map<NumberStyle, NumberFormat> numbers = new ConcurrentHashMap<>();
    private final Map<DateStyle, DateTimeFormatter> dates = new ConcurrentHashMap<>();
    private final Map<Message, MessageFormat> messages = new ConcurrentHashMap<>();

    /** As {@code <f:convertNumber maxFractionDigits="…"/>}: grouped, rounded half-even. */
    public String number(Object value, int maxFractionDigits) {
        return number(value, 0, maxFractionDigits, pageLocale());
    }

    /** As {@code <f:convertNumber minFractionDigits="…" maxFractionDigits="…"/>}. */
    public String number(Object value, int minFractionDigits, int maxFractionDigits) {
        return number(value, minFractionDigits, maxFractionDigits, pageLocale());
    }

    /** As {@code <f:convertDateTime type="localDate" dateStyle="…"/>} (short, medium, long or full). */
    public String date(Object value, String dateStyle) {
        return date(value, FormatStyle.valueOf(dateStyle.toUpperCase(Locale.ROOT)), pageLocale());
    }

    /**
     * As {@code <h:outputFormat value="pattern">} with {@code <f:param>}s and no attributes (a
     * {@code styleClass} writes a {@code span} around it): the pattern as a {@link MessageFormat} in the
     * page's language, parsed once per pattern and language.
     */
    public String message(String pattern, Object first) {
        return message(pageLocale(), pattern, first);
    }

    public String message(String pattern, Object first, Object second) {
        return message(pageLocale(), pattern, first, second);
    }

    public String message(String pattern, Object first, Object second, Object third) {
        return message(pageLocale(), pattern, first, second, third);
    }

    public String message(String pattern, Object first, Object second, Object third, Object fourth) {
        return message(pageLocale(), pattern, first, second, third, fourth);
    }

    String message(Locale locale, String pattern, Object... arguments) {
        if (pattern == null) {
            return "";
        }
        if (messages.size() >= MAX_MESSAGES) {
            messages.clear();
        }
        MessageFormat format = messages.computeIfAbsent(new Message(locale, pattern),
                key -> new MessageFormat(key.pattern(), key.locale()));
        return ((MessageFormat) format.clone()).format(arguments, new StringBuffer(pattern.length() * 2), null)
                .toString();
    }

    String number(Object value, int minFractionDigits, int maxFractionDigits, Locale locale) {
        if (value == null || value instanceof String) {
            return value == null ? "" : (String) value;
        }
        NumberFormat format = numbers.computeIfAbsent(new NumberStyle(locale, minFractionDigits, maxFractionDigits),
                style -> {
                    // What NumberConverter sets on NumberFormat.getNumberInstance, in its order.
                    NumberFormat made = NumberFormat.getNumberInstance(style.locale());
                    made.setGroupingUsed(true);
                    made.setMaximumFractionDigits(style.maxFractionDigits());
                    made.setMinimumFractionDigits(style.minFractionDigits());
                    return made;
                });
        return ((NumberFormat) format.clone()).format(value);
    }

    String date(Object value, FormatStyle style, Locale locale) {
        if (value == null || value instanceof String) {
            return value == null ? "" : (String) value;
        }
        // DateTimeFormatter is immutable and thread-safe: kept and shared as it is.
        return dates.computeIfAbsent(new DateStyle(locale, style),
                        key -> DateTimeFormatter.ofLocalizedDate(key.style()).withLocale(key.locale()))
                .format((TemporalAccessor) value);
    }

    /** The language f:view set for the page, which the converters use too. */
    private static Locale pageLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.ENGLISH;
    }
}
