package tw.netzero.portal.application.publicdata;

import java.time.Instant;
import java.util.Objects;

/**
 * One state of the shared public data version: its number and when it last grew (decision 0022).
 *
 * @param number grows by one with every committed transaction that changed public data
 * @param changedAt when that transaction bumped it, by the clock of the instance that made it
 */
public record DataVersion(long number, Instant changedAt) {

    public DataVersion {
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
