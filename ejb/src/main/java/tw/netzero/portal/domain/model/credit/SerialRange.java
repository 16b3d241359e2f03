package tw.netzero.portal.domain.model.credit;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/**
 * A block of consecutive credit serial numbers, first and last included. One serial is one credit,
 * and one credit is one tonne CO2e (as Verra VCUs, Gold Standard VERs and MOENV offset credits are
 * issued), so the block's size is the tonnes it retires.
 */
public record SerialRange(long first, long last) implements Serializable {

    public SerialRange {
        if (first < 1) {
            throw new FieldRuleViolation("serialFirst", "credit.serialFirst.positive");
        }
        if (last < first) {
            throw new FieldRuleViolation("serialLast", "credit.serialLast.beforeFirst", first, last);
        }
    }

    /** How many serials the range holds: its tonnes CO2e. */
    public long count() {
        return last - first + 1;
    }

    public BigDecimal tonnes() {
        return BigDecimal.valueOf(count());
    }

    /** Whether the two ranges share at least one serial (adjacent ranges do not). */
    public boolean overlaps(SerialRange other) {
        return first <= other.last && other.first <= last;
    }

    /**
     * Refuses a range that shares a serial with a block already recorded in the same registry, by
     * any member (one credit can be retired once: a second claim of it is double counting).
     * Blocks of other registries never conflict: each numbers its own credits.
     */
    public void requireUnclaimed(CreditRegistry registry, Collection<RecordedBlock> recorded) {
        Optional<RecordedBlock> taken = recorded.stream()
                .filter(block -> block.registry() == registry && block.range().overlaps(this))
                .findFirst();
        if (taken.isPresent()) {
            SerialRange other = taken.get().range();
            throw new FieldRuleViolation("serialFirst", "credit.serialOverlap", other.first(), other.last());
        }
    }

    /** A block already recorded: its registry and serial range. */
    public record RecordedBlock(CreditRegistry registry, SerialRange range) {
    }
}
