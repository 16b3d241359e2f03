package tw.netzero.portal.domain.model.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.alliance.PledgeInForce;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.pledge.BaseYearInventory;
import tw.netzero.portal.domain.model.pledge.PledgeExamples;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.pledge.TargetBoundary;
import tw.netzero.portal.domain.model.pledge.TargetClassification;
import tw.netzero.portal.domain.model.pledge.TargetHorizon;
import tw.netzero.portal.domain.model.pledge.TargetType;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;

class ApprovedTargetsTest {

    /** Under criteria v5.x. */
    private static final LocalDate SUBMITTED_V5 = LocalDate.of(2023, 3, 1);
    /** Before criteria v4, when a 2 °C class existed. */
    private static final LocalDate SUBMITTED_BEFORE_V4 = LocalDate.of(2018, 6, 1);
    private static final Instant AS_OF = Instant.parse("2025-01-02T03:04:05Z");

    /** Scope 1+2 only (no scope 3 categories named), -15 % by 2030 from 2020: 1.5 %/yr. */
    private static final PledgeTerms SCOPE_12_ONLY = new PledgeTerms(
            new BaseYearInventory(PledgeExamples.BASE_YEAR, Emissions.of("60000"), Emissions.of("35000"),
                    Emissions.of("25000"), Scope2Method.MARKET_BASED, Emissions.of("0"), Set.of(), Percentage.of("100"),
                    Percentage.of("0")),
            PledgeExamples.absolute(2030, "15"), null, null);

    private static MemberFacts member(long id, String nameEn, String nameZh, IndustryGroup group) {
        return new MemberFacts(id, String.format("%08d", id), nameEn, nameZh, group, LocalDate.of(2022, 6, 1),
                false, null, null, null);
    }

    @Test
    void listsEachTargetOfThePledgeInForceInTheDashboardsTerms() {
        MemberFacts steel = member(1, "Harbor Steel", "港灣鋼鐵", IndustryGroup.STEEL);
        PledgeInForce pledge = new PledgeInForce(1, IndustryGroup.STEEL, PledgeExamples.workedExample(), SUBMITTED_V5);

        List<TargetRow> rows = ApprovedTargets.of(List.of(steel), Map.of(1L, pledge), AS_OF).rows();

        assertEquals(2, rows.size());
        TargetRow nearTerm = rows.get(0);
        assertEquals("00000001", nearTerm.ubn());
        assertEquals("Harbor Steel", nearTerm.nameEn());
        assertEquals("港灣鋼鐵", nearTerm.nameZh());
        assertEquals(IndustryGroup.STEEL, nearTerm.group());
        assertEquals(TargetHorizon.NEAR_TERM, nearTerm.horizon());
        // The inventory names scope 3 categories, so the stored target reads as scope 1+2+3 (domain rules, 8).
        assertEquals(TargetBoundary.SCOPE_1_2_3, nearTerm.boundary());
        assertEquals(TargetType.ABSOLUTE, nearTerm.type());
        assertEquals(0, new BigDecimal("42").compareTo(nearTerm.reductionPercent()));
        assertEquals(Year.of(2020), nearTerm.baseYear());
        assertEquals(Year.of(2030), nearTerm.targetYear());
        assertEquals(TargetClassification.ONE_POINT_FIVE_C, nearTerm.classification());
        assertEquals(new BigDecimal("4.2"), nearTerm.annualRate());
        assertEquals(Scope2Method.MARKET_BASED, nearTerm.scope2Method());
        assertEquals("1", nearTerm.scope3CategoryNumbers());
        assertEquals(Year.of(2050), nearTerm.netZeroYear());
        assertEquals(SUBMITTED_V5, nearTerm.submittedOn());
        assertEquals(pledge.preCheck().consistentWithSbtiCriteria(), nearTerm.consistentWithSbtiCriteria());
        assertTrue(nearTerm.consistentWithSbtiCriteria());

        TargetRow longTerm = rows.get(1);
        assertEquals(TargetHorizon.LONG_TERM, longTerm.horizon());
        assertEquals(Year.of(2045), longTerm.targetYear());
        assertEquals(0, new BigDecimal("90").compareTo(longTerm.reductionPercent()));
        assertEquals(Year.of(2050), longTerm.netZeroYear());
    }

    @Test
    void classifiesByTheCriteriaInForceOnTheSubmissionDay() {
        MemberFacts early = member(2, "Early Mover", "先行者", IndustryGroup.ENERGY);

        PledgeInForce pledge = new PledgeInForce(2, IndustryGroup.ENERGY, SCOPE_12_ONLY, SUBMITTED_BEFORE_V4);

        TargetRow row = ApprovedTargets.of(List.of(early), Map.of(2L, pledge), AS_OF).rows().get(0);

        assertEquals(TargetClassification.TWO_C, row.classification());
        assertEquals(new BigDecimal("1.5"), row.annualRate());
        assertEquals(TargetBoundary.SCOPE_1_2, row.boundary());
        assertEquals("", row.scope3CategoryNumbers(), "a scope 1+2 target covers no scope 3 category");
        assertNull(row.netZeroYear());
        assertEquals(pledge.preCheck().consistentWithSbtiCriteria(), row.consistentWithSbtiCriteria());
    }

    @Test
    void onlyActiveMembersWithAPledgeInForceInOrderOfTheirEnglishNames() {
        MemberFacts zinc = member(1, "Zinc Works", "鋅廠", IndustryGroup.STEEL);
        MemberFacts amber = member(2, "Amber Chemicals", "琥珀化學", IndustryGroup.PETROCHEMICALS);
        MemberFacts noPledge = member(3, "Bare Member", "無承諾", IndustryGroup.ENERGY);
        Map<Long, PledgeInForce> pledges = Map.of(
                1L, new PledgeInForce(1, IndustryGroup.STEEL, PledgeExamples.workedExample(), SUBMITTED_V5),
                2L, new PledgeInForce(2, IndustryGroup.PETROCHEMICALS, SCOPE_12_ONLY, SUBMITTED_V5),
                // No longer among the active members.
                4L, new PledgeInForce(4, IndustryGroup.ENERGY, SCOPE_12_ONLY, SUBMITTED_V5));

        ApprovedTargets targets = ApprovedTargets.of(List.of(zinc, noPledge, amber), pledges, AS_OF);

        assertEquals(List.of("Amber Chemicals/NEAR_TERM", "Zinc Works/NEAR_TERM", "Zinc Works/LONG_TERM"),
                targets.rows().stream().map(row -> row.nameEn() + "/" + row.horizon()).toList());
        assertEquals(AS_OF, targets.asOf());
    }
}
