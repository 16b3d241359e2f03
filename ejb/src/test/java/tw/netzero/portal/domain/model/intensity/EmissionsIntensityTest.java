package tw.netzero.portal.domain.model.intensity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.Emissions;

class EmissionsIntensityTest {

    @Test
    void noRevenueNoFigure() {
        assertNull(EmissionsIntensity.of(Emissions.of("1000"), null));
    }

    @Test
    void zeroOrNegativeActivityGivesNoFigure() {
        assertNull(EmissionsIntensity.of(Emissions.of("1000"), BigDecimal.ZERO));
        assertNull(EmissionsIntensity.of(Emissions.of("1000"), new BigDecimal("-5")));
    }

    @Test
    void noEmissionsNoFigure() {
        assertNull(EmissionsIntensity.of(null, new BigDecimal("10")));
    }

    @Test
    void dividesTonnesByActivityToKilograms() {
        // 90,000 t over 38,250.125 million NTD = 2.352933... t per million NTD.
        assertEquals(new BigDecimal("2.353"),
                EmissionsIntensity.of(Emissions.of("90000"), new BigDecimal("38250.125")).tonnesPerUnit());
    }

    @Test
    void roundsHalfUpAtTheThirdDecimal() {
        // 1 / 8 = 0.125 exactly; 1.0005 / 1 = 1.0005 rounds up to 1.001; 1.0004 down to 1.000.
        assertEquals(new BigDecimal("0.125"), EmissionsIntensity.of(Emissions.of("1"), new BigDecimal("8")).tonnesPerUnit());
        assertEquals(new BigDecimal("0.001"),
                EmissionsIntensity.of(Emissions.of("0.005"), new BigDecimal("10")).tonnesPerUnit());
        assertEquals(new BigDecimal("0.000"),
                EmissionsIntensity.of(Emissions.of("0.004"), new BigDecimal("10")).tonnesPerUnit());
    }

    @Test
    void verySmallRevenueGivesALargeButExactFigure() {
        // The smallest revenue a filing holds (0.001 million NTD = NTD 1,000) under the largest inventory.
        assertEquals(new BigDecimal("1000000000000.000"),
                EmissionsIntensity.of(Emissions.of(Emissions.MAX_TONNES), new BigDecimal("0.001")).tonnesPerUnit());
    }

    @Test
    void veryLargeRevenueRoundsToZeroWhichIsStillAFigure() {
        assertEquals(new BigDecimal("0.000"),
                EmissionsIntensity.of(Emissions.of("0.001"), new BigDecimal("999999999999.999")).tonnesPerUnit());
    }
}
