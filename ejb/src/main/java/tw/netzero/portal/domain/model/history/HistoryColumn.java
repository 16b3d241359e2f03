package tw.netzero.portal.domain.model.history;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of a history import file, found by their header (in any order). Each has an
 * English and a Chinese header; the headers of the template name the unit as well, which is
 * optional. Headers are compared ignoring case, spaces, punctuation and full-width forms.
 */
public enum HistoryColumn {
    UBN("UBN", "統一編號"),
    YEAR("Year", "年度"),
    SCOPE1("Scope 1 (tCO2e)", "範疇一（公噸CO2e）"),
    SCOPE2_LOCATION("Scope 2 location-based (tCO2e)", "範疇二地點基準（公噸CO2e）"),
    SCOPE2_MARKET("Scope 2 market-based (tCO2e)", "範疇二市場基準（公噸CO2e）"),
    SCOPE3("Scope 3 (tCO2e)", "範疇三（公噸CO2e）"),
    VERIFIED("Verified", "查證");

    private static final String[] UNITS = {"tco2e", "公噸co2e"};

    private final String english;
    private final String chinese;

    HistoryColumn(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The header as the English template writes it. */
    public String englishHeader() {
        return english;
    }

    /** The header as the Chinese template writes it. */
    public String chineseHeader() {
        return chinese;
    }

    /** The column a header names, if any. */
    public static Optional<HistoryColumn> ofHeader(String header) {
        String wanted = withoutUnit(normalise(header));
        return Arrays.stream(values())
                .filter(column -> Set.of(withoutUnit(normalise(column.english)), withoutUnit(normalise(column.chinese)))
                        .contains(wanted))
                .findFirst();
    }

    /** Lower case letters and digits only, full-width forms folded: "Scope 2 (tCO2e)" becomes "scope2tco2e". */
    static String normalise(String header) {
        String folded = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder();
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static String withoutUnit(String normalised) {
        for (String unit : UNITS) {
            if (normalised.endsWith(unit)) {
                return normalised.substring(0, normalised.length() - unit.length());
            }
        }
        return normalised;
    }
}
