package tw.netzero.portal.domain.model.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A unit of activity (production output) as members type it: free text, compared as a reader
 * would (decision 0017): ignoring case, spacing, the word "of" and a leading "t CO2e per" or
 * "tCO2e /", so "t CO2e per t of steel", "t steel" and "T of Steel" are one unit. The portal
 * converts nothing (t and kt are two units).
 */
public final class ActivityUnit {

    /** "t CO2e per", "tCO2e/" and the like before a unit: the emissions part of an intensity unit. */
    private static final Pattern EMISSIONS_PER = Pattern.compile("^t\\s*co2\\s*e?\\s*(per\\b|/)\\s*");

    private ActivityUnit() {
    }

    /** What two spellings of one unit share: equal keys mean the same unit. */
    public static String key(String unit) {
        String words = unit.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return EMISSIONS_PER.matcher(words).replaceFirst("").replaceAll("\\bof\\b", " ")
                .replaceAll("\\s+", "");
    }
}
