package tw.netzero.portal.infrastructure.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

/** DOWN from a refused upload until one is stored, or for five minutes at most. */
class EvidenceStorageReadinessTest {

    private static final Instant REFUSED = Instant.parse("2026-12-05T08:00:00Z");

    private final EvidenceStorageReadiness check = new EvidenceStorageReadiness();

    @Test
    void upUntilAWriteIsRefused() {
        at(REFUSED);
        assertEquals(Status.UP, check.call().getStatus());
        assertEquals("evidence-storage", check.call().getName());
        check.refused();
        assertEquals(Status.DOWN, check.call().getStatus());
    }

    @Test
    void upAgainOnceAnUploadIsStored() {
        at(REFUSED);
        check.refused();
        at(REFUSED.plusSeconds(30));
        check.stored();
        assertEquals(Status.UP, check.call().getStatus());
    }

    @Test
    void upAgainAfterTheHoldWhenNoUploadIsTried() {
        at(REFUSED);
        check.refused();
        at(REFUSED.plus(EvidenceStorageReadiness.HOLD).minus(Duration.ofSeconds(1)));
        assertEquals(Status.DOWN, check.call().getStatus(), "the last second of the hold");
        at(REFUSED.plus(EvidenceStorageReadiness.HOLD));
        assertEquals(Status.UP, check.call().getStatus(), "the hold is over");
    }

    private void at(Instant now) {
        check.clock = Clock.fixed(now, ZoneOffset.UTC);
    }
}
