package tw.netzero.portal.domain.model.solutions;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

/**
 * Who may assess which proposal of one call (issue 16, item 4): a juror seated on the call sees
 * and scores each submitted proposal unless they declared a conflict of interest on it. A
 * conflicted juror neither sees nor scores it; nobody else does either.
 */
public final class Jury {

    private final Set<Long> seatedJurors;
    private final Set<String> conflicts;

    public Jury(Collection<Long> seatedJurors, Collection<ConflictOfInterest> declared) {
        this.seatedJurors = Set.copyOf(seatedJurors);
        this.conflicts = declared.stream().map(c -> key(c.jurorAccountId(), c.proposalId())).collect(Collectors.toSet());
    }

    public boolean isSeated(long jurorAccountId) {
        return seatedJurors.contains(jurorAccountId);
    }

    public boolean isConflicted(long jurorAccountId, long proposalId) {
        return conflicts.contains(key(jurorAccountId, proposalId));
    }

    /** Whether the juror may see (and so score) this proposal. */
    public boolean mayAssess(long jurorAccountId, Proposal proposal) {
        return isSeated(jurorAccountId) && proposal.isSubmitted() && !isConflicted(jurorAccountId, proposal.id());
    }

    /** Refuses a juror who may not assess the proposal, with the reason's message key. */
    public void requireMayAssess(long jurorAccountId, Proposal proposal) {
        if (!isSeated(jurorAccountId)) {
            throw new DomainRuleViolation("jury.notSeated");
        }
        if (isConflicted(jurorAccountId, proposal.id())) {
            throw new DomainRuleViolation("jury.conflicted");
        }
        if (!proposal.isSubmitted()) {
            throw new DomainRuleViolation("proposal.withdrawn");
        }
    }

    private static String key(long juror, long proposal) {
        return juror + ":" + proposal;
    }
}
