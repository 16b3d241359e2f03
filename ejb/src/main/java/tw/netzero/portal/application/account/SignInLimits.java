package tw.netzero.portal.application.account;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.domain.model.account.SignInBuckets;
import tw.netzero.portal.domain.model.account.TokenBucket;

/**
 * How many sign-in attempts the portal checks: per source (the client's IP address as this server
 * sees it, {@code getRemoteAddr()}) and in all. Over either limit the attempt is answered "too many
 * attempts, try again in N seconds" without the password being checked, so a flood costs no PBKDF2
 * work. The per-account delay ({@code LoginThrottle}) protects one account against slow guessing;
 * these limits protect the server and bound guessing across many accounts.
 *
 * <p><strong>The buckets live in the database</strong> ({@link SignInBuckets}, table
 * {@code sign_in_bucket}), each take one atomic update of the bucket's row, so all instances of a
 * Deployment Group share one budget: two instances cannot each allow the full one (issue 13, item 6;
 * decision 0022). Each attempt costs two single-row updates (the source's, then the global one). Behind a reverse
 * proxy every client has the proxy's address; {@code X-Forwarded-For} is not trusted (anyone can send it),
 * so such a set-up needs the proxy to limit per client, or these limits revisited with it.
 *
 * <p>The burst sizes can be raised by configuration ({@code portal.sign-in.per-source-burst},
 * {@code portal.sign-in.global-burst}) for the end-to-end tests, which sign in far more often from one
 * address than people do; the rates cannot.
 */
@Stateless
@PermitAll
// No transaction: each take is one atomic statement that commits at once (JdbcSignInBuckets).
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInLimits {

    /**
     * Per source: 10 attempts at once, then one every 6 seconds (600 an hour). A member company's
     * users may share one office address (NAT) and sign in a few times a day each; ten at once covers
     * a morning's sign-ins there, while a script from one address gets 10 guesses a minute across all
     * accounts instead of as many as the server can answer.
     */
    public static final int PER_SOURCE_BURST = 10;
    static final Duration PER_SOURCE_INTERVAL = Duration.ofSeconds(6);

    /**
     * In all: 40 attempts at once, then 4 a second. Each checked attempt costs one PBKDF2
     * verification (210,000 iterations, 0.1–0.25 s of one core); the server has two cores, so 4 a
     * second keeps sign-ins below about half the machine and a flood from many addresses cannot starve
     * the pages. The alliance's few hundred users sign in a handful of times a day: far below.
     */
    public static final int GLOBAL_BURST = 40;
    static final Duration GLOBAL_INTERVAL = Duration.ofMillis(250);

    static final String GLOBAL_KEY = "all";

    @Inject
    private SignInBuckets buckets;

    @Inject
    private PortalSettings settings;

    private int perSourceBurst;
    private int globalBurst;

    private Duration perSourceInterval = PER_SOURCE_INTERVAL;
    private Duration globalInterval = GLOBAL_INTERVAL;

    public SignInLimits() {
        // for the container: configured, then started
    }

    /** Limits over buckets of the caller's choice, for unit tests ({@link SignInBuckets#inMemory()}). */
    public SignInLimits(SignInBuckets buckets, int perSourceBurst, Duration perSourceInterval, int globalBurst,
                        Duration globalInterval) {
        this.buckets = buckets;
        this.perSourceBurst = perSourceBurst;
        this.perSourceInterval = perSourceInterval;
        this.globalBurst = globalBurst;
        this.globalInterval = globalInterval;
        start();
    }

    @PostConstruct
    void configure() {
        perSourceBurst = settings.signInPerSourceBurst();
        globalBurst = settings.signInGlobalBurst();
        start();
    }

    private void start() {
        // Refuses a nonsense configuration at once.
        new TokenBucket(globalBurst, globalInterval);
        new TokenBucket(perSourceBurst, perSourceInterval);
    }

    /**
     * Counts a sign-in attempt from {@code source}: {@link Duration#ZERO} if it may be checked,
     * otherwise how long the source should wait. A source over its own limit takes nothing from the
     * global one, so one noisy address does not use up everyone's attempts.
     */
    public Duration waitBefore(String source, Instant now) {
        Duration wait = buckets.take("source:" + source, perSourceBurst, perSourceInterval, now);
        return wait.isZero() ? buckets.take(GLOBAL_KEY, globalBurst, globalInterval, now) : wait;
    }

    /** Whole seconds to tell a caller to wait (at least one). */
    public static long seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
