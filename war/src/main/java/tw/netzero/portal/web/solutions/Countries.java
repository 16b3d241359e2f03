package tw.netzero.portal.web.solutions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tw.netzero.portal.web.i18n.Language;

/** Country names (ISO 3166-1 alpha-2 codes, as providers' countries are kept) in the page's language. */
@Named
@RequestScoped
public class Countries {

    /** A code with its name, for a select menu. */
    public record Country(String code, String name) {
    }

    @Inject
    private Language language;

    public String name(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(language.getLocale());
    }

    public List<Country> getAll() {
        Locale locale = language.getLocale();
        return Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream()
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name)).toList();
    }
}
