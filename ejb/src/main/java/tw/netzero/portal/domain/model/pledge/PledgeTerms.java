package tw.netzero.portal.domain.model.pledge;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

/**
 * What one version of a pledge promises: the base-year inventory, its targets (at least one
 * near-term target, each on its own boundary, decision 0016) and a net-zero year (null when not
 * pledged). The constructor checks that every target is measured from the inventory's base year
 * and that no long-term target falls due before a near-term one; a net-zero year may stand
 * anywhere (the pre-check flags an odd order instead of refusing it). {@link #of} also checks the
 * base year against today and is what a form should call (the constructor serves stored, already
 * checked terms).
 *
 * <p>{@link #targets()} and {@link #targetSet()} are how the rest of the portal reads targets.
 * {@link #nearTerm()} and {@link #longTerm()} name the headline target of each horizon (the
 * first one that covers scope 1+2), for the views that show one figure per horizon.
 */
public record PledgeTerms(BaseYearInventory inventory, List<PledgeTarget> targets, Year netZeroYear) {

    public PledgeTerms {
        Objects.requireNonNull(inventory, "inventory");
        targets = List.copyOf(targets);
        if (targets.stream().noneMatch(target -> target.horizon() == TargetHorizon.NEAR_TERM)) {
            throw new DomainRuleViolation("pledge.incomplete", "nearTargetYear");
        }
        for (PledgeTarget target : targets) {
            if (!target.baseYear().equals(inventory.year())) {
                throw new IllegalArgumentException("A target is measured from the pledge's base year " + inventory.year()
                        + ", not " + target.baseYear());
            }
        }
        Year latestNear = latestYear(targets, TargetHorizon.NEAR_TERM);
        for (PledgeTarget target : targets) {
            if (target.horizon() == TargetHorizon.LONG_TERM && !target.targetYear().isAfter(latestNear)) {
                throw new DomainRuleViolation("pledge.longTerm.notAfterNearTerm", target.targetYear(), latestNear);
            }
        }
    }

    /**
     * Terms with the one combined near-term (and optional long-term) target pledges held before
     * targets were stored separately, read the way {@link TargetDraft#combined} and migration V17
     * carry them.
     */
    public PledgeTerms(BaseYearInventory inventory, Target nearTerm, Target longTerm, Year netZeroYear) {
        this(inventory, combined(inventory, nearTerm, longTerm), netZeroYear);
    }

    /** New terms as typed on {@code today}: the base year must already have begun. */
    public static PledgeTerms of(BaseYearInventory inventory, List<PledgeTarget> targets, Year netZeroYear,
                                 LocalDate today) {
        Year currentYear = Year.from(today);
        if (inventory.year().isAfter(currentYear)) {
            throw new DomainRuleViolation("pledge.baseYear.inFuture", inventory.year(), currentYear);
        }
        return new PledgeTerms(inventory, targets, netZeroYear);
    }

    public Year baseYear() {
        return inventory.year();
    }

    /** What the pre-check judges: the targets, the base-year inventory's split and the net-zero year. */
    public TargetSet targetSet() {
        return new TargetSet(targets, inventory.scope12(), inventory.scope3(), netZeroYear);
    }

    /** The headline near-term target: the first that covers scope 1+2, else the first near-term one. */
    public Target nearTerm() {
        return asTarget(headlineNearTerm());
    }

    /** {@link #nearTerm()} on its boundary: whose verdict gives the pledge's badge and alignment. */
    public PledgeTarget headlineNearTerm() {
        return headline(TargetHorizon.NEAR_TERM).orElseThrow();
    }

    /** The headline long-term target, as {@link #nearTerm()}; null when none is pledged. */
    public Target longTerm() {
        return headline(TargetHorizon.LONG_TERM).map(PledgeTerms::asTarget).orElse(null);
    }

    private Optional<PledgeTarget> headline(TargetHorizon horizon) {
        List<PledgeTarget> ofHorizon = targets.stream().filter(target -> target.horizon() == horizon).toList();
        return ofHorizon.stream().filter(target -> target.boundary().includesScope12()).findFirst()
                .or(() -> ofHorizon.stream().findFirst());
    }

    private static Target asTarget(PledgeTarget target) {
        return target.type().isIntensity()
                ? Target.intensity(target.targetYear(), target.reduction(), target.intensityUnit(),
                target.baseYearActivity())
                : Target.absolute(target.targetYear(), target.reduction());
    }

    private static Year latestYear(List<PledgeTarget> targets, TargetHorizon horizon) {
        return targets.stream().filter(target -> target.horizon() == horizon).map(PledgeTarget::targetYear)
                .max(Year::compareTo).orElseThrow();
    }

    private static List<PledgeTarget> combined(BaseYearInventory inventory, Target nearTerm, Target longTerm) {
        Objects.requireNonNull(nearTerm, "nearTerm");
        nearTerm.requireAfter(inventory.year());
        List<PledgeTarget> targets = new ArrayList<>();
        targets.add(combined(inventory, TargetHorizon.NEAR_TERM, nearTerm));
        if (longTerm != null) {
            targets.add(combined(inventory, TargetHorizon.LONG_TERM, longTerm));
        }
        return targets;
    }

    private static PledgeTarget combined(BaseYearInventory inventory, TargetHorizon horizon, Target target) {
        Objects.requireNonNull(inventory.scope12Coverage(), "scope12Coverage");
        boolean withScope3 = !inventory.coveredScope3Categories().isEmpty();
        TargetBoundary boundary = withScope3 ? TargetBoundary.SCOPE_1_2_3 : TargetBoundary.SCOPE_1_2;
        // The only intensity a combined target knows is physical, without projected activity.
        TargetType type = target.kind() == TargetKind.INTENSITY ? TargetType.PHYSICAL_INTENSITY : TargetType.ABSOLUTE;
        return new PledgeTarget(horizon, boundary, type, inventory.year(), inventory.total(), target.targetYear(),
                target.reduction(), inventory.scope12Coverage(), inventory.scope2Method(),
                inventory.coveredScope3Categories(), target.intensityUnit(), target.baseYearActivity(), null,
                withScope3 ? inventory.scope3Coverage() : null);
    }
}
