package tw.netzero.portal.domain.model.pledge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * The restatements of one pledge's base year, in order, each starting from the total the
 * previous one left. The cumulative change adds the size of every restatement, up or down,
 * relative to the ORIGINAL base-year total: changes that cancel out still each altered the
 * inventory, so netting them would hide a significant recalculation.
 */
public final class RestatementLedger {

    /** SBTi: base-year recalculation is significant at a 5 % cumulative change (domain brief, GHG accounting). */
    public static final BigDecimal SIGNIFICANCE_THRESHOLD_PERCENT = new BigDecimal("5");

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Emissions originalBaseTotal;
    private final List<BaseYearRestatement> restatements = new ArrayList<>();

    public RestatementLedger(Emissions originalBaseTotal) {
        Objects.requireNonNull(originalBaseTotal, "originalBaseTotal");
        if (originalBaseTotal.isZero()) {
            throw new DomainRuleViolation("filing.restatement.zeroOriginalTotal");
        }
        this.originalBaseTotal = originalBaseTotal;
    }

    /** Adds a restatement; refuses one that does not start from the current base-year total. */
    public void record(BaseYearRestatement restatement) {
        if (!restatement.oldTotal().equals(currentBaseTotal())) {
            throw new DomainRuleViolation("filing.restatement.notChained", restatement.oldTotal(), currentBaseTotal());
        }
        restatements.add(restatement);
    }

    public Emissions originalBaseTotal() {
        return originalBaseTotal;
    }

    public Emissions currentBaseTotal() {
        return restatements.isEmpty() ? originalBaseTotal : restatements.get(restatements.size() - 1).newTotal();
    }

    public List<BaseYearRestatement> restatements() {
        return List.copyOf(restatements);
    }

    /**
     * Per cent of the original total, truncated to two decimals so that 4.999 % stays below a
     * 5 % threshold. May exceed 100.
     */
    public BigDecimal cumulativeChange() {
        BigDecimal changed = restatements.stream()
                .map(restatement -> restatement.change().abs())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return changed.multiply(HUNDRED).divide(originalBaseTotal.tonnes(), Percentage.SCALE, RoundingMode.DOWN);
    }

    /** A significant cumulative change means the pledge must be submitted again. */
    public boolean requiresResubmission() {
        return cumulativeChange().compareTo(SIGNIFICANCE_THRESHOLD_PERCENT) >= 0;
    }
}
