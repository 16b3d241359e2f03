package tw.netzero.portal.domain.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.Emissions;

/** The Climate Change Response Act's registration threshold: 25,000 t CO2e of scope 1 + 2, itself included. */
class RegistrationDutyTest {

    @Test
    void justBelowTheThresholdNeedNotRegister() {
        RegistrationDuty duty = RegistrationDuty.of(Emissions.of("20000"), Emissions.of("4999.9"), false);
        assertEquals(RegistrationDuty.NONE, duty);
        assertFalse(duty.mustRegister());
    }

    @Test
    void theThresholdItselfMustRegister() {
        RegistrationDuty duty = RegistrationDuty.of(Emissions.of("20000"), Emissions.of("5000"), false);
        assertEquals(RegistrationDuty.BY_EMISSIONS, duty);
        assertTrue(duty.mustRegister());
    }

    @Test
    void directAndIndirectCountTogether() {
        assertEquals(RegistrationDuty.BY_EMISSIONS,
                RegistrationDuty.of(Emissions.of("0"), Emissions.of("25000"), false));
    }

    @Test
    void aListedIndustryMustRegisterBelowTheThreshold() {
        assertEquals(RegistrationDuty.BY_LISTED_INDUSTRY,
                RegistrationDuty.of(Emissions.of("100"), Emissions.of("24899.9"), true));
        assertEquals(RegistrationDuty.BY_EMISSIONS,
                RegistrationDuty.of(Emissions.of("100"), Emissions.of("24900"), true));
    }
}
