package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import tw.netzero.portal.domain.model.alliance.AllianceSettings;
import tw.netzero.portal.domain.model.alliance.AllianceSettingsRepository;

@ApplicationScoped
public class JpaAllianceSettingsRepository implements AllianceSettingsRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Override
    public AllianceSettings current() {
        AllianceSettings settings = entityManager.find(AllianceSettings.class, AllianceSettings.THE_SETTINGS);
        if (settings == null) {
            throw new IllegalStateException("alliance_settings has no row: migration V20 has not run");
        }
        return settings;
    }
}
