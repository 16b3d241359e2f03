package tw.netzero.portal.application.publicdata;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Where the public data version is kept so that every instance sees the same one: one row of the
 * portal database (infrastructure.persistence.jdbc, migration V22).
 */
public interface DataVersionStore {

    /** The version as last committed. */
    DataVersion read();

    /**
     * Adds one to the version in the caller's transaction (the row stays locked until it ends, so
     * concurrent bumps queue and none is lost) and answers the version it now has.
     * {@code changedAt} never goes back, whatever the clocks of the instances say.
     */
    DataVersion bump(Instant at);

    /**
     * As {@link #bump(Instant)}, and records in the same transaction that the new version changed
     * exactly these members (decision 0026). An empty set records nothing: an unknown change.
     */
    default DataVersion bump(Instant at, Set<Long> members) {
        return bump(at);
    }

    /**
     * The members changed by the versions after {@code after} up to {@code upTo}; empty when the
     * record cannot say (a version in that range recorded no member, or was pruned): read everything.
     */
    default Optional<Set<Long>> membersChanged(long after, long upTo) {
        return Optional.empty();
    }
}
