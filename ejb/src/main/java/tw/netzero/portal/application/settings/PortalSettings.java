package tw.netzero.portal.application.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.MonthDay;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.netzero.portal.application.account.SignInLimits;
import tw.netzero.portal.application.publicdata.SharedDataVersion;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.evidence.EvidenceType;
import tw.netzero.portal.domain.model.history.ImportLimits;

/**
 * Every setting the portal's classes read, read once per application from MicroProfile Config (any
 * source: environment, system properties, Payara's config) with the defaults {@link Setting} lists;
 * the one place a {@code portal.*} name is read (the datasource's, which the container reads from its
 * {@code @DataSourceDefinition}, aside). The names below must be constants for {@code @ConfigProperty};
 * SettingTest checks that they and their defaults are the enum's, and that no other class reads one.
 */
@ApplicationScoped
public class PortalSettings {

    static final String BASE_URL = "portal.base-url";
    static final String ON_TRACK_TOLERANCE_PERCENT = "portal.on-track.tolerance-percent";
    static final String CYCLE_DEFAULT_DUE = "portal.cycle.default-due";
    static final String DIRECTORY_MAX_AGE_SECONDS = "portal.directory.max-age-seconds";
    static final String DASHBOARD_MAX_AGE_SECONDS = "portal.dashboard.max-age-seconds";
    static final String DIRECTORY_REFRESH_WAIT_MILLIS = "portal.directory.refresh-wait-millis";
    static final String EVIDENCE_MAX_BYTES = "portal.evidence.max-bytes";
    static final String EVIDENCE_DIR = "portal.evidence.dir";
    static final String HISTORY_IMPORT_MAX_BYTES = "portal.history-import.max-bytes";
    static final String HISTORY_IMPORT_MAX_ROWS = "portal.history-import.max-rows";
    static final String MAIL_TRANSPORT = "portal.mail.transport";
    static final String MAIL_HOST = "portal.mail.host";
    static final String MAIL_PORT = "portal.mail.port";
    static final String MAIL_FROM = "portal.mail.from";
    static final String MAIL_RETRY_FIRST_SECONDS = "portal.mail.retry-first-seconds";
    static final String MAIL_RETRY_MAX_SECONDS = "portal.mail.retry-max-seconds";
    static final String SIGN_IN_PER_SOURCE_BURST = "portal.sign-in.per-source-burst";
    static final String SIGN_IN_GLOBAL_BURST = "portal.sign-in.global-burst";
    static final String PUBLIC_DATA_VERSION_POLL_MILLIS = "portal.public-data.version-poll-millis";
    static final String API_IDEMPOTENCY_HOURS = "portal.api.idempotency-hours";
    static final String DEMO_DATA = "portal.demo-data";
    static final String SESSION_IDLE_MINUTES = "portal.session.idle-minutes";
    /** Half an hour unused ends a session; the 8 hours at most from sign-in are SessionSignIn's. */
    static final String DEFAULT_SESSION_IDLE_MINUTES = "30";
    /** A day: long enough for a filing API client that retries after an outage of the portal or of its own. */
    static final String DEFAULT_IDEMPOTENCY_HOURS = "24";

    @Inject
    @ConfigProperty(name = BASE_URL, defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = ON_TRACK_TOLERANCE_PERCENT, defaultValue = "0")
    BigDecimal onTrackTolerancePercent;

    @Inject
    @ConfigProperty(name = CYCLE_DEFAULT_DUE, defaultValue = "06-30")
    String defaultDue;

    @Inject
    @ConfigProperty(name = DIRECTORY_MAX_AGE_SECONDS, defaultValue = "300")
    long directoryMaxAgeSeconds;

    @Inject
    @ConfigProperty(name = DASHBOARD_MAX_AGE_SECONDS, defaultValue = "300")
    long dashboardMaxAgeSeconds;

    @Inject
    @ConfigProperty(name = DIRECTORY_REFRESH_WAIT_MILLIS, defaultValue = "0")
    long directoryRefreshWaitMillis;

    @Inject
    @ConfigProperty(name = EVIDENCE_MAX_BYTES, defaultValue = "" + EvidenceType.DEFAULT_MAX_BYTES)
    long evidenceMaxBytes;

    @Inject
    @ConfigProperty(name = EVIDENCE_DIR)
    Optional<String> evidenceDirectory;

    @Inject
    @ConfigProperty(name = HISTORY_IMPORT_MAX_BYTES, defaultValue = "" + ImportLimits.DEFAULT_MAX_BYTES)
    long historyImportMaxBytes;

    @Inject
    @ConfigProperty(name = HISTORY_IMPORT_MAX_ROWS, defaultValue = "" + ImportLimits.DEFAULT_MAX_ROWS)
    int historyImportMaxRows;

    @Inject
    @ConfigProperty(name = MAIL_TRANSPORT, defaultValue = "smtp")
    String mailTransport;

    @Inject
    @ConfigProperty(name = MAIL_HOST, defaultValue = "localhost")
    String mailHost;

    @Inject
    @ConfigProperty(name = MAIL_PORT, defaultValue = "25")
    int mailPort;

    @Inject
    @ConfigProperty(name = MAIL_FROM, defaultValue = "no-reply@netzero-alliance.example")
    String mailFrom;

    @Inject
    @ConfigProperty(name = MAIL_RETRY_FIRST_SECONDS, defaultValue = "30")
    long mailRetryFirstSeconds;

    @Inject
    @ConfigProperty(name = MAIL_RETRY_MAX_SECONDS, defaultValue = "3600")
    long mailRetryMaxSeconds;

    @Inject
    @ConfigProperty(name = SIGN_IN_PER_SOURCE_BURST, defaultValue = "" + SignInLimits.PER_SOURCE_BURST)
    int signInPerSourceBurst;

    @Inject
    @ConfigProperty(name = SIGN_IN_GLOBAL_BURST, defaultValue = "" + SignInLimits.GLOBAL_BURST)
    int signInGlobalBurst;

    @Inject
    @ConfigProperty(name = PUBLIC_DATA_VERSION_POLL_MILLIS, defaultValue = "" + SharedDataVersion.DEFAULT_POLL_MILLIS)
    long publicDataVersionPollMillis;

    @Inject
    @ConfigProperty(name = API_IDEMPOTENCY_HOURS, defaultValue = DEFAULT_IDEMPOTENCY_HOURS)
    long apiIdempotencyHours;

    @Inject
    @ConfigProperty(name = DEMO_DATA, defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = SESSION_IDLE_MINUTES, defaultValue = DEFAULT_SESSION_IDLE_MINUTES)
    int sessionIdleMinutes;

    /** An address of the portal for e-mails: the configured base URL (without trailing slashes) and the path. */
    public String link(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }

    /** How far above the pathway still counts as on track in a year without a reporting cycle. */
    public BigDecimal onTrackTolerancePercent() {
        return onTrackTolerancePercent;
    }

    /** The day of the following year a reporting year's filings are due unless its cycle says otherwise. */
    public MonthDay defaultDue() {
        return DueDates.parseDefaultDue(defaultDue);
    }

    public Duration directoryMaxAge() {
        return Duration.ofSeconds(directoryMaxAgeSeconds);
    }

    /** How long a directory request that finds the snapshot out of date waits for the new one (decision 0026). */
    public Duration directoryRefreshWait() {
        return Duration.ofMillis(directoryRefreshWaitMillis);
    }

    public Duration dashboardMaxAge() {
        return Duration.ofSeconds(dashboardMaxAgeSeconds);
    }

    /**
     * The base URL only when one is configured, without the default (the filing API then trusts only
     * the request's own origin, not http://localhost:8080).
     */
    public Optional<String> configuredBaseUrl() {
        return ConfigProvider.getConfig().getOptionalValue(BASE_URL, String.class);
    }

    /** Size limit of one evidence file, of a filing or of a restatement. */
    public long evidenceMaxBytes() {
        return evidenceMaxBytes;
    }

    /** The folder evidence was kept in before it moved into the database; empty for the default. */
    public Optional<String> evidenceDirectory() {
        return evidenceDirectory.filter(directory -> !directory.isBlank());
    }

    public ImportLimits historyImportLimits() {
        return new ImportLimits(historyImportMaxBytes, historyImportMaxRows);
    }

    /** Whether e-mails are only written to the log ({@code log}) instead of sent by SMTP. */
    public boolean mailOnlyLogged() {
        return "log".equalsIgnoreCase(mailTransport);
    }

    public String mailHost() {
        return mailHost;
    }

    public int mailPort() {
        return mailPort;
    }

    public String mailFrom() {
        return mailFrom;
    }

    public Duration mailRetryFirst() {
        return Duration.ofSeconds(mailRetryFirstSeconds);
    }

    public Duration mailRetryMax() {
        return Duration.ofSeconds(mailRetryMaxSeconds);
    }

    public int signInPerSourceBurst() {
        return signInPerSourceBurst;
    }

    public int signInGlobalBurst() {
        return signInGlobalBurst;
    }

    public long publicDataVersionPollMillis() {
        return publicDataVersionPollMillis;
    }

    public Duration apiIdempotency() {
        return Duration.ofHours(apiIdempotencyHours);
    }

    /** How long a session may stay unused before it ends. */
    public Duration sessionIdleTimeout() {
        return Duration.ofMinutes(sessionIdleMinutes);
    }

    /** Whether an empty database gets the demo data. */
    public boolean demoData() {
        return demoData;
    }
}
