package tw.netzero.portal.application.settings;

import java.util.Locale;
import tw.netzero.portal.application.account.SignInLimits;
import tw.netzero.portal.application.publicdata.SharedDataVersion;
import tw.netzero.portal.domain.model.evidence.EvidenceType;
import tw.netzero.portal.domain.model.history.ImportLimits;

/**
 * Every setting of the portal, in one list: its MicroProfile Config name, its default and what it
 * does. README's settings table is checked against this list by a test (SettingTest), so the two
 * cannot drift apart. Any config source sets them; the environment variable is the name in upper
 * case with dots and dashes as underscores (MicroProfile Config's rule), e.g. {@code PORTAL_BASE_URL}.
 * Every one is read through {@link PortalSettings} (the datasource's by the container, from
 * {@code DatabaseMigration}'s {@code @DataSourceDefinition}); no other class names a {@code portal.*} setting.
 */
public enum Setting {

    DATASOURCE_URL("portal.datasource.url", null, "the JDBC URL (set by the run command and the tests)"),
    DATASOURCE_USER("portal.datasource.user", null, "the database user"),
    DATASOURCE_PASSWORD("portal.datasource.password", null, "the database password"),
    DATASOURCE_CLASS_NAME("portal.datasource.class-name", null,
            "`com.mysql.cj.jdbc.MysqlDataSource` or `org.h2.jdbcx.JdbcDataSource`"),
    DEMO_DATA("portal.demo-data", "false", "`true` loads the founding members and the demo sign-ins into an empty database"),
    MAIL_TRANSPORT("portal.mail.transport", "smtp", "`smtp` or `log`"),
    MAIL_HOST("portal.mail.host", "localhost", "the SMTP server"),
    MAIL_PORT("portal.mail.port", "25", "its port"),
    MAIL_FROM("portal.mail.from", "no-reply@netzero-alliance.example", "the sender of the portal's e-mails"),
    MAIL_RETRY_FIRST_SECONDS("portal.mail.retry-first-seconds", "30",
            "wait before the first retry of an unsent notice or reminder (doubled after each failure)"),
    MAIL_RETRY_MAX_SECONDS("portal.mail.retry-max-seconds", "3600", "longest wait between two retries"),
    BASE_URL("portal.base-url", "http://localhost:8080", "scheme, host and port used in e-mailed links"),
    EVIDENCE_DIR("portal.evidence.dir", null, "the folder of evidence files kept before they moved into the database, read once at start"),
    EVIDENCE_MAX_BYTES("portal.evidence.max-bytes", String.valueOf(EvidenceType.DEFAULT_MAX_BYTES), "size limit of one evidence file (10 MB)"),
    HISTORY_IMPORT_MAX_BYTES("portal.history-import.max-bytes", String.valueOf(ImportLimits.DEFAULT_MAX_BYTES), "size limit of a history import file (2 MB)"),
    HISTORY_IMPORT_MAX_ROWS("portal.history-import.max-rows", String.valueOf(ImportLimits.DEFAULT_MAX_ROWS), "rows limit of a history import file"),
    ON_TRACK_TOLERANCE_PERCENT("portal.on-track.tolerance-percent", "0",
            "how far above the pathway still counts as on track for a year without a reporting cycle (a cycle sets its own)"),
    CYCLE_DEFAULT_DUE("portal.cycle.default-due", "06-30",
            "`MM-dd`: the day of the following year a reporting year's filings are due unless its cycle says otherwise"),
    DIRECTORY_MAX_AGE_SECONDS("portal.directory.max-age-seconds", "300",
            "the longest the directory snapshot is kept before it is read again even without a change seen"),
    DIRECTORY_REFRESH_WAIT_MILLIS("portal.directory.refresh-wait-millis", "0",
            "how long a directory request that finds the snapshot out of date waits for the new one before it is served the previous one (the end-to-end tests wait)"),
    DASHBOARD_MAX_AGE_SECONDS("portal.dashboard.max-age-seconds", "300",
            "the same for the alliance figures"),
    PUBLIC_DATA_VERSION_POLL_MILLIS("portal.public-data.version-poll-millis",
            String.valueOf(SharedDataVersion.DEFAULT_POLL_MILLIS),
            "how often an instance reads the shared public-data version (bounds how late it sees another instance's change)"),
    SIGN_IN_PER_SOURCE_BURST("portal.sign-in.per-source-burst", String.valueOf(SignInLimits.PER_SOURCE_BURST), "sign-in attempts one address may make at once (raised only by the tests)"),
    SIGN_IN_GLOBAL_BURST("portal.sign-in.global-burst", String.valueOf(SignInLimits.GLOBAL_BURST), "sign-in attempts all addresses together may make at once (raised only by the tests)"),
    SESSION_IDLE_MINUTES(PortalSettings.SESSION_IDLE_MINUTES, PortalSettings.DEFAULT_SESSION_IDLE_MINUTES,
            "minutes a session may stay unused before it ends (the soak shortens it to see sessions end)"),
    API_IDEMPOTENCY_HOURS(PortalSettings.API_IDEMPOTENCY_HOURS, PortalSettings.DEFAULT_IDEMPOTENCY_HOURS,
            "how long the filing API keeps the answer to a request sent with an `Idempotency-Key` (a retry within it gets that answer back)");

    private final String key;
    private final String defaultValue;
    private final String meaning;

    Setting(String key, String defaultValue, String meaning) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.meaning = meaning;
    }

    /** The MicroProfile Config name. */
    public String key() {
        return key;
    }

    /** The default, null when the setting has none (the run command or the deployment sets it). */
    public String defaultValue() {
        return defaultValue;
    }

    public String meaning() {
        return meaning;
    }

    /** MicroProfile Config's environment variable for the name: upper case, dots and dashes as underscores. */
    public String environmentVariable() {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
