package tw.netzero.portal.domain.model.pledge;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * What a pledge submits for the target pre-check: its targets, the base-year inventory's scope
 * 1+2 and scope 3 totals (the whole of scope 3, to measure the 40 % share that makes a scope 3
 * target required), and the net-zero year (null when none is pledged). Targets and years may
 * come in any order: the pre-check judges what it is given and flags oddities.
 */
public record TargetSet(List<PledgeTarget> targets, Emissions baseYearScope12, Emissions baseYearScope3,
                        Year netZeroYear) {

    public TargetSet {
        targets = List.copyOf(targets);
        Objects.requireNonNull(baseYearScope12, "baseYearScope12");
        Objects.requireNonNull(baseYearScope3, "baseYearScope3");
    }
}
