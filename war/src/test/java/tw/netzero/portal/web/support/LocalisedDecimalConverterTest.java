package tw.netzero.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.primefaces.component.inputnumber.InputNumber;

class LocalisedDecimalConverterTest {

    private static final Locale ZH_TW = Locale.forLanguageTag("zh-TW");

    @Test
    void showsSavedTonnesGroupedWithoutTrailingZeros() {
        assertEquals("98,000", LocalisedDecimalConverter.format(new BigDecimal("98000.000"), Locale.ENGLISH));
        assertEquals("120,000", LocalisedDecimalConverter.format(new BigDecimal("120000.000"), ZH_TW));
        assertEquals("1,234.5", LocalisedDecimalConverter.format(new BigDecimal("1234.500"), Locale.ENGLISH));
        assertEquals("0.000123", LocalisedDecimalConverter.format(new BigDecimal("0.000123"), Locale.ENGLISH));
    }

    @Test
    void readsTheShownTextBackWithOrWithoutGrouping() {
        DecimalFormatSymbols english = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        assertEquals("98000", LocalisedDecimalConverter.plain("98,000", english));
        assertEquals("-1234567.25", LocalisedDecimalConverter.plain("-1,234,567.25", english));
        assertEquals("98000.5", LocalisedDecimalConverter.plain("98000.5", english));
    }

    @Test
    void leavesBadlyGroupedTextToTheStandardConverterToRefuse() {
        DecimalFormatSymbols english = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        assertEquals("1,2,3", LocalisedDecimalConverter.plain("1,2,3", english));
        assertEquals("98,00", LocalisedDecimalConverter.plain("98,00", english));
    }

    @Test
    void givesAnInputNumberThePlainNumberItFormatsItself() {
        // Grouped, "3,900" fails p:inputNumber when a refused form shows the value again.
        assertEquals("3900.000", LocalisedDecimalConverter.text(new BigDecimal("3900.000"), InputNumber.DEFAULT_RENDERER,
                Locale.ENGLISH));
        assertEquals("3,900", LocalisedDecimalConverter.text(new BigDecimal("3900.000"), "jakarta.faces.Text",
                Locale.ENGLISH));
    }
}
