package tw.netzero.portal.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VisibleTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Kaohsiung Steel Co., Ltd.", "高雄鋼鐵股份有限公司", "Café & Söhne (Taiwan) Ltd.", "O'Neil-Lin #2", ""})
    void acceptsOrdinaryNamesInBothLanguages(String name) {
        assertTrue(VisibleText.firstHiddenInLine(name).isEmpty());
        assertTrue(new NoHiddenCharacters.Validator().isValid(name, null));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
            0x200E, 0x200F, 0x061C, 0x200B, 0x2060, 0xFEFF,
            0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x7F, 0x80, 0x85, 0x9F})
    void refusesDirectionOverridesInvisibleMarksAndControlsInAName(int hidden) {
        String spoofed = "Kaohsiung " + Character.toString(hidden) + "Steel";
        assertEquals(OptionalInt.of(hidden), VisibleText.firstHiddenInLine(spoofed));
        assertEquals(false, new NoHiddenCharacters.Validator().isValid(spoofed, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"first line\nsecond line", "a\tb", "windows\r\nline"})
    void multiLineTextKeepsTabsAndLineBreaks(String text) {
        assertTrue(VisibleText.firstHiddenInLines(text).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {0x202E, 0x2066, 0x00, 0x0B, 0x0C, 0x85})
    void multiLineTextStillRefusesOverridesAndOtherControls(int hidden) {
        assertEquals(OptionalInt.of(hidden), VisibleText.firstHiddenInLines("note\n" + Character.toString(hidden)));
    }

    @org.junit.jupiter.api.Test
    void nullIsLeftToTheRequiredRule() {
        assertTrue(VisibleText.firstHiddenInLine(null).isEmpty());
    }
}
