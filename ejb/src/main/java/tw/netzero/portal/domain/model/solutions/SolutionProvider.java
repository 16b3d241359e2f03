package tw.netzero.portal.domain.model.solutions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/**
 * The organisation behind a solution provider's account (issue 16, item 3): providers come from
 * anywhere, so the country is an ISO 3166-1 alpha-2 code. Keyed by the account it belongs to.
 */
@Entity
@Table(name = "solution_provider")
public class SolutionProvider implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int ORGANISATION_MAX = 200;
    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "organisation", nullable = false, length = ORGANISATION_MAX)
    private String organisation;

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    protected SolutionProvider() {
        // for JPA
    }

    public SolutionProvider(long accountId, String organisation, String country, Instant now) {
        requireValid(organisation, country);
        this.accountId = accountId;
        this.organisation = organisation.strip();
        this.country = country.strip().toUpperCase(Locale.ROOT);
        this.registeredAt = now;
    }

    /**
     * Refuses an organisation without a name or a country that is not an ISO 3166-1 alpha-2 code. The
     * registration asks before it creates the account, whose verification mail leaves at once.
     */
    public static void requireValid(String organisation, String country) {
        if (organisation == null || organisation.isBlank() || organisation.strip().length() > ORGANISATION_MAX) {
            throw new FieldRuleViolation("organisation", "provider.organisation.required", ORGANISATION_MAX);
        }
        if (country == null || !COUNTRIES.contains(country.strip().toUpperCase(Locale.ROOT))) {
            throw new FieldRuleViolation("country", "provider.country.invalid");
        }
    }

    public Long accountId() {
        return accountId;
    }

    public String organisation() {
        return organisation;
    }

    public String country() {
        return country;
    }
}
