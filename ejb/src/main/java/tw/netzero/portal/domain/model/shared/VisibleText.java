package tw.netzero.portal.domain.model.shared;

import java.util.OptionalInt;

/**
 * Text that shows what it says: no bidirectional overrides or isolates (U+202A–U+202E,
 * U+2066–U+2069), no directional or zero-width marks (U+200B–U+200F, U+061C, U+2060–U+2064,
 * U+FEFF) and no C0/C1 control characters. Such characters make a name in the public directory
 * read differently from what is stored ("moc.evil" shown as "live.com"); a name never needs them.
 * Multi-line text may keep tab, line feed and carriage return.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** The first hidden or control character of a one-line text (a name), if any. */
    public static OptionalInt firstHiddenInLine(String text) {
        return firstHidden(text, false);
    }

    /** The same for multi-line text, where tab and line breaks are allowed. */
    public static OptionalInt firstHiddenInLines(String text) {
        return firstHidden(text, true);
    }

    private static OptionalInt firstHidden(String text, boolean multiLine) {
        if (text == null) {
            return OptionalInt.empty();
        }
        return text.codePoints()
                .filter(c -> isHidden(c) && !(multiLine && (c == '\t' || c == '\n' || c == '\r')))
                .findFirst();
    }

    static boolean isHidden(int c) {
        return Character.getType(c) == Character.CONTROL      // C0, DEL, C1
                || c == 0x061C                                // Arabic letter mark
                || (c >= 0x200B && c <= 0x200F)               // zero-width space/joiners, LRM, RLM
                || (c >= 0x202A && c <= 0x202E)               // embeddings and overrides
                || (c >= 0x2060 && c <= 0x2064)               // word joiner, invisible operators
                || (c >= 0x2066 && c <= 0x2069)               // isolates
                || c == 0xFEFF;                               // zero-width no-break space
    }
}
