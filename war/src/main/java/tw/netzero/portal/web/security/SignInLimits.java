package tw.netzero.portal.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many sign-in attempts the portal checks: per source (the client's IP address as this server
 * sees it, {@code getRemoteAddr()}) and in all. Over either limit the attempt is answered "too many
 * attempts, try again in N seconds" without the password being checked, so a flood costs no PBKDF2
 * work. The per-account delay ({@code LoginThrottle}) protects one account against slow guessing;
 * these limits protect the server and bound guessing across many accounts.
 *
 * <p><strong>The buckets live in this server instance's memory</strong>: with several instances each
 * has its own limits (the total allowed grows with their number) and a restart forgets them. Issue 13's
 * scale-out must revisit this (a shared store, or limits at the load balancer). Behind a reverse proxy
 * every client has the proxy's address; {@code X-Forwarded-For} is not trusted (anyone can send it),
 * so such a set-up needs the proxy to limit per client, or these limits revisited with it.
 *
 * <p>The burst sizes can be raised by configuration ({@code portal.sign-in.per-source-burst},
 * {@code portal.sign-in.global-burst}) for the end-to-end tests, which sign in far more often from one
 * address than people do; the rates cannot.
 */
@ApplicationScoped
public class SignInLimits {

    /**
     * Per source: 10 attempts at once, then one every 6 seconds (600 an hour). A member company's
     * users may share one office address (NAT) and sign in a few times a day each; ten at once covers
     * a morning's sign-ins there, while a script from one address gets 10 guesses a minute across all
     * accounts instead of as many as the server can answer.
     */
    static final int PER_SOURCE_BURST = 10;
    static final Duration PER_SOURCE_INTERVAL = Duration.ofSeconds(6);

    /**
     * In all: 40 attempts at once, then 4 a second. Each checked attempt costs one PBKDF2
     * verification (210,000 iterations, 0.1–0.25 s of one core); the server has two cores, so 4 a
     * second keeps sign-ins below about half the machine and a flood from many addresses cannot starve
     * the pages. The alliance's few hundred users sign in a handful of times a day: far below.
     */
    static final int GLOBAL_BURST = 40;
    static final Duration GLOBAL_INTERVAL = Duration.ofMillis(250);

    /** Sources remembered at most; full buckets are forgotten first (a full bucket is a fresh one). */
    static final int MAX_SOURCES = 10_000;

    private final Map<String, TokenBucket> sources = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "portal.sign-in.per-source-burst", defaultValue = "" + PER_SOURCE_BURST)
    int perSourceBurst;

    @Inject
    @ConfigProperty(name = "portal.sign-in.global-burst", defaultValue = "" + GLOBAL_BURST)
    int globalBurst;

    private Duration perSourceInterval = PER_SOURCE_INTERVAL;
    private Duration globalInterval = GLOBAL_INTERVAL;
    private TokenBucket global;

    public SignInLimits() {
        // for CDI: configured, then started
    }

    SignInLimits(int perSourceBurst, Duration perSourceInterval, int globalBurst, Duration globalInterval) {
        this.perSourceBurst = perSourceBurst;
        this.perSourceInterval = perSourceInterval;
        this.globalBurst = globalBurst;
        this.globalInterval = globalInterval;
        start();
    }

    @PostConstruct
    void start() {
        global = new TokenBucket(globalBurst, globalInterval);
        new TokenBucket(perSourceBurst, perSourceInterval); // refuses a nonsense configuration at once
    }

    /**
     * Counts a sign-in attempt from {@code source}: {@link Duration#ZERO} if it may be checked,
     * otherwise how long the source should wait. A source over its own limit takes nothing from the
     * global one, so one noisy address does not use up everyone's attempts.
     */
    public Duration waitBefore(String source, Instant now) {
        if (sources.size() >= MAX_SOURCES) {
            sources.values().removeIf(bucket -> bucket.isFull(now));
        }
        TokenBucket ofSource = sources.size() < MAX_SOURCES
                ? sources.computeIfAbsent(String.valueOf(source), any -> new TokenBucket(perSourceBurst, perSourceInterval))
                : sources.get(String.valueOf(source)); // too many busy sources: the global limit still holds
        Duration wait = ofSource == null ? Duration.ZERO : ofSource.take(now);
        return wait.isZero() ? global.take(now) : wait;
    }

    /** Whole seconds to tell a caller to wait (at least one). */
    public static long seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
