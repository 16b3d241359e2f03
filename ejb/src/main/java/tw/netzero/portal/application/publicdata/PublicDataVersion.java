package tw.netzero.portal.application.publicdata;

import java.time.Instant;

/**
 * Tells whether public data may have changed: a number that grows with every committed change of
 * public data, and when it last grew. The same on every instance of the portal (decision 0022).
 */
public interface PublicDataVersion {

    /** The number and its time, read together. */
    DataVersion version();

    default long current() {
        return version().number();
    }

    /**
     * False while the last attempt to read the shared version failed (the database out of reach, issue
     * 15): the version answered is the last one known, so what is served from it may be stale.
     */
    default boolean confirmed() {
        return true;
    }

    /** When the last counted change was committed. */
    default Instant changedAt() {
        return version().changedAt();
    }
}
