package tw.netzero.portal.application.publicdata;

import java.time.Instant;

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
}
