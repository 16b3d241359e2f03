package tw.netzero.portal.application.publicdata;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * When this run of the application began serving public data: data loaded at start-up (the demo
 * data, migrations) is not in the audit trail, so public data counts as changed then. Created on
 * first use, which is after the start-up beans have run.
 */
@ApplicationScoped
public class PublicDataStart {

    @Inject
    private Clock clock;

    private Instant instant;

    @PostConstruct
    void start() {
        instant = Instant.now(clock);
    }

    public Instant instant() {
        return instant;
    }
}
