package tw.netzero.portal.domain.model.directory;

import java.time.Instant;

/**
 * Tells whether public data may have changed: a number that grows with every committed change
 * of the portal's entities, and when it last grew.
 */
public interface PublicDataVersion {

    long current();

    /** When the last counted change was committed (the start of the application before any). */
    Instant changedAt();
}
