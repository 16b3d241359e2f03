package tw.netzero.portal.application.publicdata;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock and a shared public data version that a test moves by hand. It starts at midday in Taiwan
 * (04:00 UTC), far from midnight in the alliance's zone (16:00 UTC).
 */
class MovingVersion extends Clock implements PublicDataVersion {

    static final Instant START = Instant.parse("2025-03-01T04:00:00Z");

    volatile long version;
    volatile Instant now = START;

    @Override
    public DataVersion version() {
        return new DataVersion(version, START);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
