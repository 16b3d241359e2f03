package tw.netzero.portal.domain.model.pledge;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

/**
 * What one version of a pledge promises: the base-year inventory, a near-term target, and
 * optionally a long-term target and a net-zero year (null when not pledged). The constructor
 * checks that the years follow each other; {@link #of} also checks the base year against
 * today and is what a form should call (the constructor serves stored, already checked terms).
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
        Year lastTargetYear = longTerm == null ? nearTerm.targetYear() : longTerm.targetYear();
        if (netZeroYear != null && netZeroYear.isBefore(lastTargetYear)) {
            throw new DomainRuleViolation("pledge.netZero.beforeTargetYear", netZeroYear, lastTargetYear);
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
}
