package tw.netzero.portal.application.pledge;

import java.time.Instant;
import java.util.List;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.PreCheckResult;

/**
 * A member's own pledge, read only (issue 20, feature 1): every version ever submitted, newest first,
 * each with its pre-check as reviewers saw it, its pathway and its status timeline with the
 * reviewers' comments; and the overview (the version in force, the restatements). Read per request,
 * never kept in view state (so not serializable: {@link Pathway} is not).
 */
public record PledgeHistory(PledgeOverview overview, List<VersionHistory> versions) {

    /** One version: whether it is the one in force, its pre-check and pathway (null while incomplete), its steps. */
    public record VersionHistory(PledgeVersionDetails version, boolean inForce, PreCheckResult preCheck, Pathway pathway,
                                 List<StatusStep> timeline) {
    }

    /** One move of a version: submitted, taken into review, approved, returned, rejected; a reviewer's comment. */
    public record StatusStep(Instant at, AuditAction action, String comment) {
    }
}
