package tw.netzero.portal.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.BigDecimalConverter;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.primefaces.component.inputnumber.InputNumber;

/**
 * Every decimal of the pages (tonnes, percentages, activity figures) in the page's language: a saved
 * 98000.000 reads "98,000" in a form's field and in a read-only display, as in the tables (issue 20,
 * defect 4). Registered for {@link BigDecimal} in faces-config.xml, so no field needs to name it.
 * Shows every significant digit and no trailing zeros; reads the same text back, with or without the
 * grouping separators, and leaves anything else to {@link BigDecimalConverter} and its message. A
 * {@code p:inputNumber} formats its value itself and is given the plain number.
 */
public class LocalisedDecimalConverter extends BigDecimalConverter {

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null) {
            return null;
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale(context));
        return super.getAsObject(context, component, plain(value.strip(), symbols));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        if (!(value instanceof BigDecimal decimal)) {
            return super.getAsString(context, component, value);
        }
        return text(decimal, component == null ? null : component.getRendererType(), locale(context));
    }

    /** What a field or display of this renderer shows of the number. */
    static String text(BigDecimal value, String rendererType, Locale locale) {
        if (InputNumber.DEFAULT_RENDERER.equals(rendererType)) {
            // p:inputNumber groups the digits in the page's language itself and reads only a plain number:
            // "3,900" would fail it when a refused or an edited form shows the value again.
            return value.toPlainString();
        }
        return format(value, locale);
    }

    /** The number with the locale's grouping and every significant fraction digit, e.g. "98,000" or "1,234.5". */
    public static String format(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    /**
     * "98,000.5" as "98000.5" when the separators are the locale's and the groups are of three
     * digits; any other text unchanged, for the standard converter to refuse or read.
     */
    static String plain(String text, DecimalFormatSymbols symbols) {
        String grouping = Pattern.quote(String.valueOf(symbols.getGroupingSeparator()));
        String decimal = Pattern.quote(String.valueOf(symbols.getDecimalSeparator()));
        if (!text.matches("-?\\d{1,3}(" + grouping + "\\d{3})+(" + decimal + "\\d+)?")) {
            return text;
        }
        return text.replace(String.valueOf(symbols.getGroupingSeparator()), "")
                .replace(symbols.getDecimalSeparator(), '.');
    }

    private static Locale locale(FacesContext context) {
        return context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
    }
}
