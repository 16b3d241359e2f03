package tw.netzero.portal.domain.model.pledge;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.RequiredText;

/**
 * How long a member that has committed (by joining the alliance) has to get targets approved.
 * SBTi's process (shared/domain.md, "Pledges"): commitment, then targets within 24 months,
 * otherwise the commitment is removed, unless an extension is recorded with a reason. The window
 * runs to the day {@value #MONTHS} months after the commitment, that day included; from the next
 * day the commitment has lapsed. An approved pledge ends the question for good (issue 12: "24
 * months to get targets approved"). An extension replaces the deadline with the date the
 * secretariat sets.
 *
 * @param committedOn the member-since date ({@code member_company.joined_on})
 * @param extendedTo  the deadline the secretariat set, or null when none was recorded
 */
public record CommitmentWindow(LocalDate committedOn, LocalDate extendedTo) {

    /** SBTi: targets within 24 months of the commitment (shared/domain.md, "Pledges"; SBTi's target dashboard "Removed"). */
    public static final int MONTHS = 24;

    public static final Period LENGTH = Period.ofMonths(MONTHS);

    public static final int REASON_MAX = 2000;

    public CommitmentWindow {
        Objects.requireNonNull(committedOn, "committedOn");
    }

    /** The last day of the window without an extension (24 months on; the end of a shorter month if need be). */
    public LocalDate ordinaryDeadline() {
        return committedOn.plus(LENGTH);
    }

    /** The last day within the window: the extension's date when one was recorded. */
    public LocalDate deadline() {
        return extendedTo != null ? extendedTo : ordinaryDeadline();
    }

    /** Where the commitment stands on {@code today}. */
    public CommitmentStanding standing(boolean pledgeApproved, LocalDate today) {
        if (pledgeApproved) {
            return CommitmentStanding.FULFILLED;
        }
        if (today.isAfter(deadline())) {
            return CommitmentStanding.LAPSED;
        }
        return today.isAfter(ordinaryDeadline()) ? CommitmentStanding.EXTENDED : CommitmentStanding.WITHIN;
    }

    /**
     * The secretariat moves the deadline to {@code to}, for {@code reason} (required). The new deadline
     * must not lie in the past and must be later than the ordinary 24 months, or it extends nothing.
     *
     * @return the window with the new deadline; the reason is the caller's to keep
     */
    public CommitmentWindow extendTo(LocalDate to, String reason, LocalDate today) {
        RequiredText.stripped("reason", reason, REASON_MAX, "commitment.extension.reasonRequired",
                "commitment.extension.reasonSize");
        if (to == null) {
            throw new FieldRuleViolation("extendedTo", "commitment.extension.dateRequired");
        }
        if (to.isBefore(today)) {
            throw new FieldRuleViolation("extendedTo", "commitment.extension.dateInPast", to, today);
        }
        if (!to.isAfter(ordinaryDeadline())) {
            throw new FieldRuleViolation("extendedTo", "commitment.extension.notLater", to, ordinaryDeadline());
        }
        return new CommitmentWindow(committedOn, to);
    }
}
