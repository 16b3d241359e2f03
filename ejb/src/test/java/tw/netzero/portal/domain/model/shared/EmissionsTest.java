package tw.netzero.portal.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EmissionsTest {

    @Test
    void keepsThreeDecimals() {
        assertEquals(new BigDecimal("12.500"), Emissions.of("12.5").tonnes());
        assertEquals(new BigDecimal("0.001"), Emissions.of("0.0005").tonnes());
    }

    @Test
    void equalAmountsAreEqualWhateverTheirWrittenScale() {
        assertEquals(Emissions.of("7"), Emissions.of("7.000"));
        assertEquals(Emissions.of("7").hashCode(), Emissions.of("7.000").hashCode());
    }

    @Test
    void rejectsNegativeEmissions() {
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> Emissions.of("-0.001"));
        assertEquals("emissions.negative", refused.messageKey());
    }

    @Test
    void acceptsOneBillionTonnesAndRejectsAnythingAbove() {
        assertEquals(0, Emissions.MAX_TONNES.compareTo(Emissions.of("1000000000").tonnes()));
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> Emissions.of("1000000000.001"));
        assertEquals("emissions.tooLarge", refused.messageKey());
    }

    @Test
    void addsAndSubtracts() {
        assertEquals(Emissions.of("150.25"), Emissions.of("100").add(Emissions.of("50.25")));
        assertEquals(Emissions.of("49.75"), Emissions.of("100").subtract(Emissions.of("50.25")));
    }

    @Test
    void refusesASubtractionBelowZero() {
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> Emissions.of("1").subtract(Emissions.of("2")));
        assertEquals("emissions.negative", refused.messageKey());
    }

    @Test
    void multipliesByARatioRoundingHalfUpToKilograms() {
        assertEquals(Emissions.of("0.333"), Emissions.of("1").multiply(new BigDecimal("0.3333")));
        assertEquals(Emissions.of("0.667"), Emissions.of("1").multiply(new BigDecimal("0.6665")));
    }

    @Test
    void reducesByAPercentage() {
        assertEquals(Emissions.of("58000"), Emissions.of("100000").reducedBy(Percentage.of("42")));
    }

    @Test
    void comparesAndGivesASignedDifference() {
        assertTrue(Emissions.of("5").isAtMost(Emissions.of("5.000")));
        assertFalse(Emissions.of("5.001").isAtMost(Emissions.of("5")));
        assertEquals(new BigDecimal("-0.001"), Emissions.of("5").difference(Emissions.of("5.001")));
    }

    @Test
    void sumsOfManyInventoriesAreNotHeldToTheSingleInventoryBound() {
        Emissions big = Emissions.of(Emissions.MAX_TONNES);
        assertEquals(Emissions.total(new BigDecimal("2000000000")), big.add(big));
        assertEquals("emissions.negative",
                assertThrows(DomainRuleViolation.class, () -> Emissions.total(new BigDecimal("-1"))).messageKey());
    }

    @Test
    void statesAChangeInPerCentOfTheEarlierFigureAtOneDecimal() {
        assertEquals(new java.math.BigDecimal("-18.3"), Emissions.of("98000").percentChangeFrom(Emissions.of("120000")).orElseThrow());
        assertEquals(new java.math.BigDecimal("22.4"), Emissions.of("120000").percentChangeFrom(Emissions.of("98000")).orElseThrow());
        assertEquals(new java.math.BigDecimal("0.0"), Emissions.of("5").percentChangeFrom(Emissions.of("5")).orElseThrow());
        assertTrue(Emissions.of("5").percentChangeFrom(Emissions.ZERO).isEmpty(), "no share of zero");
    }
}
