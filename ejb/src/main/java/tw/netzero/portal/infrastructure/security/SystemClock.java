package tw.netzero.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock services read "now" from (one place, so time-dependent rules stay testable). */
@ApplicationScoped
public class SystemClock {

    @Produces
    @Singleton // no client proxy: the produced type is final/immutable
    Clock clock() {
        return Clock.systemUTC();
    }
}
