package tw.netzero.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormattedTest {

    private static final Locale ZH_TW = Locale.forLanguageTag("zh-TW");

    private final Formatted formatted = new Formatted();

    @Test
    void writesNumbersAsTheNumberConverterDoes() {
        assertEquals("98,000", formatted.number(new BigDecimal("98000.400"), 0, 0, Locale.ENGLISH));
        assertEquals("1,234.5", formatted.number(new BigDecimal("1234.50"), 0, 1, ZH_TW));
        assertEquals("0.500", formatted.number(new BigDecimal("0.5"), 3, 3, Locale.ENGLISH));
        assertEquals("2", formatted.number(new BigDecimal("2.5"), 0, 0, Locale.ENGLISH), "rounded half-even");
        for (Locale locale : List.of(Locale.ENGLISH, ZH_TW)) {
            for (Object value : List.of(new BigDecimal("-1234567.891"), 42L, 0.125d, new BigDecimal("7E+3"))) {
                for (int[] digits : new int[][] {{0, 0}, {0, 2}, {3, 3}}) {
                    // NumberConverter: getNumberInstance, grouping on, then maximum and minimum fraction digits.
                    NumberFormat converter = NumberFormat.getNumberInstance(locale);
                    converter.setGroupingUsed(true);
                    converter.setMaximumFractionDigits(digits[1]);
                    converter.setMinimumFractionDigits(digits[0]);
                    assertEquals(converter.format(value), formatted.number(value, digits[0], digits[1], locale));
                }
            }
        }
    }

    @Test
    void writesDatesAsTheDateTimeConverterDoes() {
        LocalDate joined = LocalDate.of(2022, 6, 20);
        assertEquals("Jun 20, 2022", formatted.date(joined, FormatStyle.MEDIUM, Locale.ENGLISH));
        assertEquals("June 20, 2022", formatted.date(joined, FormatStyle.LONG, Locale.ENGLISH));
        assertEquals("2022年6月20日", formatted.date(joined, FormatStyle.LONG, ZH_TW));
    }

    @Test
    void writesNothingForNoValueAndATextAsItIs() {
        assertEquals("", formatted.number(null, 0, 0, Locale.ENGLISH));
        assertEquals("", formatted.date(null, FormatStyle.MEDIUM, Locale.ENGLISH));
        assertEquals("—", formatted.number("—", 0, 0, Locale.ENGLISH));
    }

    @Test
    void writesMessagesAsOutputFormatDoes() {
        String below = "{0,number,#,##0.#} % below the pathway ({1,number,#,##0} t)";
        assertEquals("27 % below the pathway (73,341 t)",
                formatted.message(Locale.ENGLISH, below, new BigDecimal("27.03"), new BigDecimal("73341.4")));
        String target = "{0}：{2,number,#} 年前減量 {1} %";
        Object[] arguments = {"近程", new BigDecimal("42.5"), 2030};
        // h:outputFormat: a new MessageFormat in the page's language per rendering.
        assertEquals(new MessageFormat(target, ZH_TW).format(arguments), formatted.message(ZH_TW, target, arguments));
        assertEquals("近程：2030 年前減量 42.5 %", formatted.message(ZH_TW, target, arguments));
        assertEquals("", formatted.message(Locale.ENGLISH, null, 1));
    }
}
