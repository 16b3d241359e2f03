package tw.netzero.portal.domain.model.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.Collection;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/**
 * One period of the city's carbon budget as the secretariat enters it: its years, the city's total
 * for them and where that figure comes from. The Kaohsiung Net Zero City Development Autonomous
 * Ordinance (completed June 2023) sets two-year carbon budgets; the first, 2025–26, is 50.94 Mt CO2e
 * (shared/domain.md, [city law portal]). Periods never share a year.
 */
@Entity
@Table(name = "city_budget_period")
@NamedQuery(name = CityBudgetPeriod.ALL, query = "SELECT p FROM CityBudgetPeriod p ORDER BY p.firstYear DESC")
public class CityBudgetPeriod implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "CityBudgetPeriod.all";

    /** The ordinance's first budget: 2025–26, 50.94 Mt CO2e (Kaohsiung ordinance, city law portal). */
    public static final Year KAOHSIUNG_FIRST_YEAR = Year.of(2025);
    public static final Year KAOHSIUNG_FIRST_LAST_YEAR = Year.of(2026);
    public static final Emissions KAOHSIUNG_2025_26 = Emissions.of("50940000");

    /** The earliest year (SBTi's earliest base year, as for filings and cycles). */
    public static final Year FIRST_YEAR = Year.of(2015);
    /**
     * The longest period accepted. The ordinance's periods are two years; five is a guard against a
     * typing error (2025–2052), not a rule of the ordinance.
     */
    public static final int MAX_YEARS = 5;
    public static final int SOURCE_MAX = 300;

    @Id
    @TableGenerator(name = "city_budget_period_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "city_budget_period", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "city_budget_period_id")
    private Long id;

    @Column(name = "first_year", nullable = false, unique = true)
    private Year firstYear;

    @Column(name = "last_year", nullable = false)
    private Year lastYear;

    @Column(name = "city_budget_tonnes", nullable = false, precision = 15, scale = 3)
    private Emissions cityBudget;

    @Column(name = "source", nullable = false, length = SOURCE_MAX)
    private String source;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "entered_by", nullable = false, length = 254)
    private String enteredBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CityBudgetPeriod() {
        // for JPA
    }

    /**
     * A new period, refused at the field to correct: both years, the last not before the first, at
     * most {@link #MAX_YEARS} years, no year of another period, a city total above zero, a source.
     */
    public static CityBudgetPeriod enter(Integer firstYear, Integer lastYear, BigDecimal cityBudgetTonnes,
                                         String source, Collection<CityBudgetPeriod> existing, Instant now,
                                         String enteredBy) {
        if (firstYear == null) {
            throw new FieldRuleViolation("firstYear", "budget.firstYear.required");
        }
        if (lastYear == null) {
            throw new FieldRuleViolation("lastYear", "budget.lastYear.required");
        }
        if (firstYear < FIRST_YEAR.getValue()) {
            throw new FieldRuleViolation("firstYear", "budget.firstYear.tooEarly", firstYear, FIRST_YEAR.getValue());
        }
        if (lastYear < firstYear || lastYear - firstYear + 1 > MAX_YEARS) {
            throw new FieldRuleViolation("lastYear", "budget.lastYear.range", lastYear, firstYear, MAX_YEARS);
        }
        for (CityBudgetPeriod other : existing) {
            if (firstYear <= other.lastYear.getValue() && other.firstYear.getValue() <= lastYear) {
                throw new FieldRuleViolation("firstYear", "budget.overlap", other.firstYear.getValue(),
                        other.lastYear.getValue());
            }
        }
        if (cityBudgetTonnes == null || cityBudgetTonnes.signum() <= 0) {
            throw new FieldRuleViolation("cityBudget", "budget.cityBudget.positive");
        }
        if (source == null || source.isBlank()) {
            throw new FieldRuleViolation("source", "budget.source.required");
        }
        CityBudgetPeriod period = new CityBudgetPeriod();
        period.firstYear = Year.of(firstYear);
        period.lastYear = Year.of(lastYear);
        period.cityBudget = Emissions.of(cityBudgetTonnes);
        period.source = source.strip();
        period.enteredAt = Objects.requireNonNull(now, "now");
        period.enteredBy = Objects.requireNonNull(enteredBy, "enteredBy");
        return period;
    }

    /** Whether the year is one of the period's. */
    public boolean includes(Year year) {
        return !year.isBefore(firstYear) && !year.isAfter(lastYear);
    }

    public Long id() {
        return id;
    }

    public Year firstYear() {
        return firstYear;
    }

    public Year lastYear() {
        return lastYear;
    }

    public Emissions cityBudget() {
        return cityBudget;
    }

    public String source() {
        return source;
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public long version() {
        return version;
    }
}
