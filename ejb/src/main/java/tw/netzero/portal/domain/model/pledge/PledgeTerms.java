package tw.netzero.portal.domain.model.pledge;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

/**
 * What one version of a pledge promises: the base-year inventory, a near-term target, and
 * optionally a long-term target and a net-zero year (null when not pledged). The constructor
 * checks that the target years follow each other; a net-zero year may stand anywhere (the
 * pre-check flags an odd order instead of refusing it). {@link #of} also checks the base year
 * against today and is what a form should call (the constructor serves stored, already checked
 * terms).
 *
 * <p>Until a pledge holds targets of its own boundaries, its near-term and long-term targets are
 * one boundary each: scope 1+2+3 (scope 1, scope 2 by the inventory's method and scope 3) when
 * the inventory names scope 3 categories, else scope 1+2; {@link #targets()} gives them as
 * {@link PledgeTarget}s, judged by {@link TargetPreCheck} and tracked by {@link TargetPathway}.
 */
public record PledgeTerms(BaseYearInventory inventory, Target nearTerm, Target longTerm, Year netZeroYear) {

    public PledgeTerms {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(nearTerm, "nearTerm");
        nearTerm.requireAfter(inventory.year());
        if (longTerm != null && !longTerm.targetYear().isAfter(nearTerm.targetYear())) {
            throw new DomainRuleViolation("pledge.longTerm.notAfterNearTerm", longTerm.targetYear(),
                    nearTerm.targetYear());
        }
    }

    /** New terms as typed on {@code today}: the base year must already have begun. */
    public static PledgeTerms of(BaseYearInventory inventory, Target nearTerm, Target longTerm, Year netZeroYear,
                                 LocalDate today) {
        Year currentYear = Year.from(today);
        if (inventory.year().isAfter(currentYear)) {
            throw new DomainRuleViolation("pledge.baseYear.inFuture", inventory.year(), currentYear);
        }
        return new PledgeTerms(inventory, nearTerm, longTerm, netZeroYear);
    }

    public Year baseYear() {
        return inventory.year();
    }

    /** The targets on their boundary: the near-term one first, then the long-term one if pledged. */
    public List<PledgeTarget> targets() {
        List<PledgeTarget> targets = new ArrayList<>();
        targets.add(asPledgeTarget(TargetHorizon.NEAR_TERM, nearTerm));
        if (longTerm != null) {
            targets.add(asPledgeTarget(TargetHorizon.LONG_TERM, longTerm));
        }
        return targets;
    }

    /** What the pre-check judges: the targets, the base-year inventory's split and the net-zero year. */
    public TargetSet targetSet() {
        return new TargetSet(targets(), inventory.scope12(), inventory.scope3(), netZeroYear);
    }

    private PledgeTarget asPledgeTarget(TargetHorizon horizon, Target target) {
        boolean withScope3 = !inventory.coveredScope3Categories().isEmpty();
        TargetBoundary boundary = withScope3 ? TargetBoundary.SCOPE_1_2_3 : TargetBoundary.SCOPE_1_2;
        // The only intensity a stored target knows is physical, without projected activity.
        TargetType type = target.kind() == TargetKind.INTENSITY ? TargetType.PHYSICAL_INTENSITY : TargetType.ABSOLUTE;
        PledgeTarget pledgeTarget = new PledgeTarget(horizon, boundary, type, baseYear(), inventory.total(),
                target.targetYear(), target.reduction(), inventory.scope12Coverage(), inventory.scope2Method(),
                inventory.coveredScope3Categories(), target.intensityUnit(), target.baseYearActivity(), null, null);
        return withScope3 ? pledgeTarget.withScope3Coverage(inventory.scope3Coverage()) : pledgeTarget;
    }
}
