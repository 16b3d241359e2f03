package tw.netzero.portal.domain.model.filing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.NoHiddenCharacters;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.domain.model.shared.ValidEmissions;

/**
 * The content of a progress filing as the member types it: figures may still be missing while
 * it is a draft (submitting asks for them). Amounts are tCO2e and MWh; the renewable share is
 * in per cent. Scope 3 is keyed by category and verification by scope, so neither can be given
 * twice; a scope without verification is unverified.
 *
 * <p>Activity data, optional (issue 12): production output with its unit (the denominator of a
 * physical-intensity target, e.g. "t of steel") and net revenue in million NTD (of an
 * economic-intensity target); each above zero when given, and output and unit only together.
 */
public record FilingDraft(
        @ValidEmissions
        BigDecimal scope1,

        @ValidEmissions
        BigDecimal scope2LocationBased,

        @ValidEmissions
        BigDecimal scope2MarketBased,

        Map<Scope3Category, @NotNull @Valid Scope3Figure> scope3,

        @DecimalMin(value = "0", message = "{filing.energy.negative}")
        @Digits(integer = ProgressFiling.AMOUNT_INTEGER_DIGITS, fraction = ProgressFiling.AMOUNT_FRACTION_DIGITS,
                message = "{filing.energy.digits}")
        BigDecimal energyMwh,

        @DecimalMin(value = "0", message = "{filing.renewableShare.range}")
        @DecimalMax(value = "100", message = "{filing.renewableShare.range}")
        BigDecimal renewableSharePercent,

        @Size(max = ProgressFiling.REDUCTION_ACTIONS_MAX, message = "{filing.reductionActions.size}")
        String reductionActions,

        Map<Scope, @NotNull @Valid Assurance> verification,

        @DecimalMin(value = "0", inclusive = false, message = "{filing.productionOutput.notPositive}")
        @Digits(integer = ProgressFiling.AMOUNT_INTEGER_DIGITS, fraction = ProgressFiling.AMOUNT_FRACTION_DIGITS,
                message = "{filing.activity.digits}")
        BigDecimal productionOutput,

        @Size(max = ProgressFiling.PRODUCTION_UNIT_MAX, message = "{filing.productionUnit.size}")
        @NoHiddenCharacters(message = "{text.hiddenCharacters}")
        String productionUnit,

        @DecimalMin(value = "0", inclusive = false, message = "{filing.netRevenue.notPositive}")
        @Digits(integer = ProgressFiling.AMOUNT_INTEGER_DIGITS, fraction = ProgressFiling.AMOUNT_FRACTION_DIGITS,
                message = "{filing.activity.digits}")
        BigDecimal netRevenueMillionNtd) implements Serializable {

    /** The digits before the point a stored amount has (the columns'), for readers outside the domain. */
    public static final int AMOUNT_INTEGER_DIGITS = ProgressFiling.AMOUNT_INTEGER_DIGITS;

    public FilingDraft {
        scope3 = immutableCopy(scope3, Scope3Category.class);
        verification = immutableCopy(verification, Scope.class);
        productionUnit = productionUnit == null || productionUnit.isBlank() ? null : productionUnit.strip();
    }

    /** A draft without activity data. */
    public FilingDraft(BigDecimal scope1, BigDecimal scope2LocationBased, BigDecimal scope2MarketBased,
                       Map<Scope3Category, Scope3Figure> scope3, BigDecimal energyMwh, BigDecimal renewableSharePercent,
                       String reductionActions, Map<Scope, Assurance> verification) {
        this(scope1, scope2LocationBased, scope2MarketBased, scope3, energyMwh, renewableSharePercent, reductionActions,
                verification, null, null, null);
    }

    /** A draft with nothing filled in yet. */
    public static FilingDraft empty() {
        return new FilingDraft(null, null, null, Map.of(), null, null, null, Map.of());
    }

    /**
     * How many figures submitting asks for ({@link ProgressFiling#isComplete()}): scope 1, scope 2
     * location- and market-based, energy, renewable share and each of the 15 scope 3 categories.
     */
    public static final int REQUIRED_FIGURES = 5 + Scope3Category.values().length;

    /**
     * How many of the {@link #REQUIRED_FIGURES} are given: a scope 3 category counts once it is
     * reported with its tonnes, or left out (not relevant, not evaluated) with a reason.
     */
    public int figuresGiven() {
        int given = (int) Stream.of(scope1, scope2LocationBased, scope2MarketBased, energyMwh,
                renewableSharePercent).filter(Objects::nonNull).count();
        return given + (int) scope3.values().stream().filter(Scope3Figure::isAnswered).count();
    }

    /**
     * Completeness in whole per cent, rounded down (issue 20, feature 4): 100 only when nothing
     * submitting asks for is missing.
     */
    public int completenessPercent() {
        return figuresGiven() * 100 / REQUIRED_FIGURES;
    }

    public boolean isComplete() {
        return figuresGiven() == REQUIRED_FIGURES;
    }

    /** Scope 3 as typed so far: the reported categories' tonnes, a category without them counting zero. */
    public BigDecimal scope3Tonnes() {
        return scope3.values().stream().filter(figure -> figure.status() == Scope3EntryStatus.REPORTED)
                .map(Scope3Figure::tonnes).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The running total as typed, market-based as the on-track judgement counts it
     * ({@link ProgressFiling#totalEmissions()}): scope 1 + market-based scope 2 + scope 3, a missing
     * figure counting zero.
     */
    public BigDecimal runningTotal() {
        return orZero(scope1).add(orZero(scope2MarketBased)).add(scope3Tonnes());
    }

    private static BigDecimal orZero(BigDecimal tonnes) {
        return tonnes == null ? BigDecimal.ZERO : tonnes;
    }

    /** The same draft with the reporting year's activity data. */
    public FilingDraft withActivity(BigDecimal output, String unit, BigDecimal netRevenue) {
        return new FilingDraft(scope1, scope2LocationBased, scope2MarketBased, scope3, energyMwh, renewableSharePercent,
                reductionActions, verification, output, unit, netRevenue);
    }

    /** One scope 3 category: its emissions, or why it is not relevant or not evaluated. */
    public record Scope3Figure(
            @NotNull(message = "{filing.scope3.status.required}")
            Scope3EntryStatus status,

            @ValidEmissions
            BigDecimal tonnes,

            @Size(max = ProgressFiling.REASON_MAX, message = "{filing.scope3.reason.size}")
            String reason) implements Serializable {

        /** Answered as submitting needs it: reported with its tonnes, or left out with a reason. */
        public boolean isAnswered() {
            return status == Scope3EntryStatus.REPORTED ? tonnes != null
                    : status != null && reason != null && !reason.isBlank();
        }

        /** The domain entry; refuses a reported category without emissions or an omitted one without reason. */
        public Scope3Entry toEntry(Scope3Category category) {
            if (status == Scope3EntryStatus.REPORTED && tonnes == null) {
                throw new DomainRuleViolation("filing.scope3.emissionsRequired", category.number());
            }
            return new Scope3Entry(category, status, tonnes == null ? null : Emissions.of(tonnes), reason);
        }
    }

    /** How far one scope was verified, by whom and to which standard. */
    public record Assurance(
            @NotNull(message = "{filing.assurance.required}")
            AssuranceLevel level,

            @Size(max = ProgressFiling.VERIFIER_MAX, message = "{filing.verifier.size}")
            String verifier,

            @Size(max = ProgressFiling.STANDARD_MAX, message = "{filing.standard.size}")
            String standard) implements Serializable {

        Verification toVerification(Scope scope) {
            return new Verification(scope, level, verifier, standard);
        }
    }

    private static <K extends Enum<K>, V> Map<K, V> immutableCopy(Map<K, V> map, Class<K> keys) {
        EnumMap<K, V> copy = new EnumMap<>(keys);
        if (map != null) {
            copy.putAll(map);
        }
        return Collections.unmodifiableMap(copy);
    }
}
