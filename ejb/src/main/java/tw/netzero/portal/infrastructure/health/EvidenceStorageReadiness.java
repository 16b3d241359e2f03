package tw.netzero.portal.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether evidence can be stored ({@code /health/ready}, check {@value #NAME}; issue 15, item 4,
 * decision 0050): DOWN from the moment the database refused an upload's bytes for want of space until
 * an upload is stored again, or for {@link #HOLD} at most when none is tried meanwhile (the next refusal
 * says DOWN again). A full database cannot be asked whether a large file would fit without writing
 * one, so the check reports what the last write met, on this instance. The database's own check
 * ({@code database}) stays UP: it answers, reads work.
 */
@Readiness
@ApplicationScoped
public class EvidenceStorageReadiness implements HealthCheck {

    static final String NAME = "evidence-storage";
    static final Duration HOLD = Duration.ofMinutes(5);

    @Inject
    Clock clock;

    private final AtomicReference<Instant> refusedAt = new AtomicReference<>();

    /** The database refused a write for want of space, now. */
    public void refused() {
        refusedAt.set(clock.instant());
    }

    /** An upload's bytes were stored: there is room again. */
    public void stored() {
        refusedAt.set(null);
    }

    @Override
    public HealthCheckResponse call() {
        Instant refused = refusedAt.get();
        boolean up = refused == null || !clock.instant().isBefore(refused.plus(HOLD));
        // The reason goes to no one: health answers are public (the server log has it).
        return new HealthCheckResponse(NAME, up ? Status.UP : Status.DOWN, Optional.empty());
    }
}
