package tw.netzero.portal.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.company.IndustryGroup;

/** The shared realism of the demo data and the bench's generator, at the boundaries of its draws. */
class SyntheticMemberTest {

    private static final int DRAWS = 20_000;

    @Test
    void theSameSeedGivesTheSameMember() {
        long seed = SyntheticMember.seedOf(2050, 17);
        assertEquals(SyntheticMember.draw(IndustryGroup.STEEL, 1, new Random(seed)),
                SyntheticMember.draw(IndustryGroup.STEEL, 1, new Random(seed)));
        assertTrue(SyntheticMember.seedOf(2050, 17) != SyntheticMember.seedOf(2050, 18));
    }

    @Test
    void baseYearsRunFrom2015To2021AndBothEndsAreDrawn() {
        Random random = new Random(1);
        int earliest = Integer.MAX_VALUE;
        int latest = Integer.MIN_VALUE;
        for (int i = 0; i < DRAWS; i++) {
            int baseYear = SyntheticMember.draw(IndustryGroup.ENERGY, 1, random).baseYear();
            earliest = Math.min(earliest, baseYear);
            latest = Math.max(latest, baseYear);
        }
        assertEquals(2015, earliest);
        assertEquals(2021, latest);
    }

    @Test
    void threeQuartersCutAtA1point5PaceTheOthersLagOrGrow() {
        Random random = new Random(2);
        int reducing = 0;
        for (int i = 0; i < DRAWS; i++) {
            SyntheticMember member = SyntheticMember.draw(IndustryGroup.PETROCHEMICALS, 1, random);
            double change = member.annualChange();
            if (member.reducing()) {
                reducing++;
                assertTrue(change >= -0.075 && change <= -0.045, () -> "a reducing member's pace " + change);
            } else {
                assertTrue(change >= -0.01 && change <= 0.02, () -> "a lagging member's pace " + change);
            }
        }
        double share = reducing / (double) DRAWS;
        assertTrue(share > 0.73 && share < 0.77, () -> "reducing share " + share);
    }

    @Test
    void theTrendGrowsUpToTheBaseYearThenFollowsTheMembersPace() {
        SyntheticMember member = new SyntheticMember(new SyntheticMember.Inventory(700, 200, 160, 140), 2019, -0.05);
        assertEquals(1000, member.trendTotalIn(2019), 1e-9);
        assertEquals(1000 / 1.015, member.trendTotalIn(2018), 1e-9);
        assertEquals(950, member.trendTotalIn(2020), 1e-9);
        assertEquals(1000 * 0.95 * 0.95, member.trendTotalIn(2021), 1e-9);
    }

    @Test
    void aFiledYearKeepsTheBaseYearsMixOfScopes() {
        SyntheticMember member = new SyntheticMember(new SyntheticMember.Inventory(700, 200, 160, 140), 2019, -0.05);
        SyntheticMember.Inventory filed = member.filedIn(2022, new Random(3));
        assertEquals(0.7, filed.scope1() / filed.total(), 1e-9);
        assertEquals(0.14, filed.scope3() / filed.total(), 1e-9);
        assertEquals(200.0 / 160, filed.scope2Location() / filed.scope2Market(), 1e-9);
    }

    @Test
    void nearTermReductionsAreAtLeast1point5AlignedAndAtMost90PerCent() {
        Random random = new Random(4);
        SyntheticMember recent = new SyntheticMember(new SyntheticMember.Inventory(1, 1, 1, 1), 2021, -0.05);
        SyntheticMember early = new SyntheticMember(new SyntheticMember.Inventory(1, 1, 1, 1), 2015, -0.05);
        for (int i = 0; i < DRAWS; i++) {
            double reduction = recent.nearTermReduction(2030, random);
            assertTrue(reduction >= 4.2 * 9 && reduction <= 5.2 * 9, () -> "9 years: " + reduction);
            assertEquals(90, early.nearTermReduction(2050, random), 1e-9, "35 years at 4.2 % a year are past 90 %");
        }
        assertTrue(early.nearTermReduction(2030, random) < 90, "15 years at up to 5.2 % a year stay below 90 %");
    }

    @Test
    void noSiteEmitsMoreThanTaiwansLargestSteelworks() {
        Random random = new Random(5);
        for (int i = 0; i < 2_000; i++) {
            double scope1 = SyntheticMember.inventory(IndustryGroup.ENERGY, 10_000, random).scope1();
            assertTrue(scope1 <= 20_000_000, () -> "scope 1 " + scope1);
        }
    }

    @Test
    void electronicsBuyMoreEnergyThanTheyBurnPowerPlantsTheReverse() {
        Random random = new Random(6);
        SyntheticMember.Inventory chips = SyntheticMember.inventory(IndustryGroup.ELECTRONICS, 1, random);
        SyntheticMember.Inventory power = SyntheticMember.inventory(IndustryGroup.ENERGY, 1, random);
        assertTrue(chips.scope2Location() > chips.scope1());
        assertTrue(power.scope2Location() < power.scope1() * 0.1);
        assertTrue(chips.scope2Market() <= chips.scope2Location());
    }
}
