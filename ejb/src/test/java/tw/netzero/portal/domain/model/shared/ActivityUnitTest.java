package tw.netzero.portal.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ActivityUnitTest {

    @Test
    void spellingsOfOneUnitShareAKey() {
        assertEquals(ActivityUnit.key("t of steel"), ActivityUnit.key(" T  Steel "));
        assertEquals(ActivityUnit.key("t of steel"), ActivityUnit.key("t CO2e per t of steel"));
        assertEquals(ActivityUnit.key("MWh"), ActivityUnit.key("tCO2e/MWh"));
    }

    @Test
    void unitsAreNeverConverted() {
        assertNotEquals(ActivityUnit.key("t of steel"), ActivityUnit.key("kt of steel"));
        assertNotEquals(ActivityUnit.key("MWh"), ActivityUnit.key("GWh"));
    }
}
