package tw.netzero.portal.domain.model.alliance;

/** The one row of the alliance's settings. */
public interface AllianceSettingsRepository {

    /** The settings as stored (V20 writes the row). */
    AllianceSettings current();
}
