package tw.netzero.portal.application.publicdata;

import java.io.Serializable;
import java.time.Instant;
import tw.netzero.portal.domain.model.alliance.AllianceSettings;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * The alliance's settings as the secretariat's settings page reads them: a read-only copy of
 * {@link AllianceSettings}, so that no entity reaches a view (issue 19, item 2). {@code version} is
 * what a change sends back.
 *
 * @param changedBy null while nobody has changed the settings
 */
public record AllianceSettingsDetails(Percentage coverageThreshold, Instant changedAt, String changedBy, long version)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public static AllianceSettingsDetails of(AllianceSettings settings) {
        return new AllianceSettingsDetails(settings.coverageThreshold(), settings.changedAt(), settings.changedBy(),
                settings.version());
    }
}
