package tw.netzero.portal.application.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.MonthDay;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.netzero.portal.domain.model.cycle.DueDates;

/**
 * The settings several services share, read once per application from MicroProfile Config (any
 * source: environment, system properties, Payara's config) with the defaults {@link Setting} lists.
 * The names below must be constants for {@code @ConfigProperty}; SettingTest checks that they and
 * their defaults are the enum's.
 */
@ApplicationScoped
public class PortalSettings {

    static final String BASE_URL = "portal.base-url";
    static final String ON_TRACK_TOLERANCE_PERCENT = "portal.on-track.tolerance-percent";
    static final String CYCLE_DEFAULT_DUE = "portal.cycle.default-due";
    static final String DIRECTORY_MAX_AGE_SECONDS = "portal.directory.max-age-seconds";
    static final String DASHBOARD_MAX_AGE_SECONDS = "portal.dashboard.max-age-seconds";
    static final String DIRECTORY_REFRESH_WAIT_MILLIS = "portal.directory.refresh-wait-millis";

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
}
