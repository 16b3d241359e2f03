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

    /** When the last counted change was committed. */
    default Instant changedAt() {
        return version().changedAt();
    }
}
