package tw.netzero.portal.domain.model.registry;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * A member's filed scope 1 + 2 of a year beside the figure it registered with MOENV for that year.
 * Issue 17, item 2: flagged when the two differ by more than {@link #TOLERANCE_PERCENT} % of the
 * registered figure (5 % itself is within); the member's stated reason is shown with the flag.
 * Filed is scope 1 + location-based scope 2: MOENV's registration counts purchased electricity at the
 * grid's emission factor (decision 0043).
 *
 * A value, not a record: the registry pages keep it in their view state, and a record's {@code Optional}
 * component would not serialize.
 */
public final class Reconciliation implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Issue 17, item 2: "differs from the registered figure by more than 5 %". */
    public static final BigDecimal TOLERANCE_PERCENT = new BigDecimal("5");

    public enum Outcome {
        /** No accepted filing of the year to compare with. */
        NO_ACCEPTED_FILING,
        WITHIN_TOLERANCE,
        FLAGGED
    }

    /** The accepted filing's scope 1 + location-based scope 2, or null without an accepted filing. */
    private final Emissions filedOrNull;
    private final Emissions registered;

    /**
     * @param filed      the accepted filing's scope 1 + location-based scope 2; empty without an accepted filing
     * @param registered the registered direct + indirect emissions
     */
    public Reconciliation(Optional<Emissions> filed, Emissions registered) {
        this.filedOrNull = filed.orElse(null);
        this.registered = Objects.requireNonNull(registered, "registered");
    }

    public Optional<Emissions> filed() {
        return Optional.ofNullable(filedOrNull);
    }

    public Emissions registered() {
        return registered;
    }

    public Outcome outcome() {
        Optional<Emissions> filed = filed();
        if (filed.isEmpty()) {
            return Outcome.NO_ACCEPTED_FILING;
        }
        BigDecimal gap = filed.get().difference(registered).abs();
        BigDecimal allowed = registered.tonnes().multiply(TOLERANCE_PERCENT).divide(BigDecimal.valueOf(100));
        return gap.compareTo(allowed) > 0 ? Outcome.FLAGGED : Outcome.WITHIN_TOLERANCE;
    }

    public boolean flagged() {
        return outcome() == Outcome.FLAGGED;
    }

    /** Filed minus registered in per cent of registered, one decimal; empty without a filing or from zero. */
    public Optional<BigDecimal> differencePercent() {
        return filed().flatMap(tonnes -> tonnes.percentChangeFrom(registered))
                .map(percent -> percent.setScale(1, RoundingMode.HALF_UP));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Reconciliation that && Objects.equals(filedOrNull, that.filedOrNull)
                && registered.equals(that.registered);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filedOrNull, registered);
    }
}
