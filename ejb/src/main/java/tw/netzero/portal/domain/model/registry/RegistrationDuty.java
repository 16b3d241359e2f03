package tw.netzero.portal.domain.model.registry;

import java.math.BigDecimal;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * Whether a company must register its greenhouse gas inventory with the Ministry of Environment
 * (MOENV) for a year. Climate Change Response Act (2023), article 21, and MOENV's Regulations
 * Governing Greenhouse Gas Emissions Inventory and Registration: emitters of at least 25,000 t CO2e
 * a year of direct plus indirect emissions (scope 1 + 2), and the industries the regulations list
 * whatever their size (shared/domain.md; decision 0043).
 */
public enum RegistrationDuty {
    /** Direct + indirect emissions at or above {@link #THRESHOLD}. */
    BY_EMISSIONS,
    /** Below the threshold, but of an industry the regulations list. */
    BY_LISTED_INDUSTRY,
    /** Neither: registering is voluntary. */
    NONE;

    /** 25,000 t CO2e of scope 1 + 2 a year (Climate Change Response Act, art. 21; shared/domain.md). */
    public static final Emissions THRESHOLD = Emissions.of(new BigDecimal("25000"));

    /** The duty of a year's direct (scope 1) and indirect (scope 2) emissions; the threshold itself counts. */
    public static RegistrationDuty of(Emissions direct, Emissions indirect, boolean listedIndustry) {
        if (direct.add(indirect).compareTo(THRESHOLD) >= 0) {
            return BY_EMISSIONS;
        }
        return listedIndustry ? BY_LISTED_INDUSTRY : NONE;
    }

    public boolean mustRegister() {
        return this != NONE;
    }
}
