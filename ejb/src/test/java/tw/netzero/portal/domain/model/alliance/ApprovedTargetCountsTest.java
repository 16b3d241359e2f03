package tw.netzero.portal.domain.model.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.pledge.Alignment;
import tw.netzero.portal.domain.model.pledge.BaseYearInventory;
import tw.netzero.portal.domain.model.pledge.PledgeExamples;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.pledge.TargetBoundary;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;

class ApprovedTargetCountsTest {

    /** Under criteria v5.x. */
    private static final LocalDate SUBMITTED = LocalDate.of(2023, 3, 1);

    private static PledgeInForce pledge(long id, PledgeTerms terms) {
        return new PledgeInForce(id, IndustryGroup.STEEL, terms, SUBMITTED);
    }

    /**
     * Two worked examples (scope 1+2+3, -42 % by 2030 from 2020: 4.2 %/yr, 1.5 °C; their long-term
     * targets are not counted), one at -30 % (3 %/yr: well below 2 °C) and one scope 1+2 target
     * at -20 % (2 %/yr: not aligned under v5.x).
     */
    @Test
    void countsTheNearTermTargetsOfThePledgesInForceByBoundaryAndClassification() {
        PledgeTerms wellBelowTwo = new PledgeTerms(PledgeExamples.inventory(PledgeExamples.BASE_YEAR),
                PledgeExamples.absolute(2030, "30"), null, Year.of(2050));
        BaseYearInventory withoutScope3 = new BaseYearInventory(Year.of(2020), Emissions.of("60000"),
                Emissions.of("35000"), Emissions.of("25000"), Scope2Method.MARKET_BASED, Emissions.of("15000"), Set.of(),
                Percentage.of("100"), Percentage.of("0"));
        PledgeTerms scope12NotAligned = new PledgeTerms(withoutScope3, PledgeExamples.absolute(2030, "20"), null, null);

        ApprovedTargetCounts counts = ApprovedTargetCounts.of(List.of(pledge(1, PledgeExamples.workedExample()),
                pledge(2, PledgeExamples.workedExample()), pledge(3, wellBelowTwo), pledge(4, scope12NotAligned)));

        assertEquals(List.of(new ApprovedTargetCounts.Line(TargetBoundary.SCOPE_1_2, Alignment.NOT_ALIGNED, 1),
                new ApprovedTargetCounts.Line(TargetBoundary.SCOPE_1_2_3, Alignment.ONE_POINT_FIVE_C, 2),
                new ApprovedTargetCounts.Line(TargetBoundary.SCOPE_1_2_3, Alignment.WELL_BELOW_TWO_C, 1)),
                counts.lines());
        assertEquals(0, counts.targets(TargetBoundary.SCOPE_3, Alignment.ONE_POINT_FIVE_C));
        assertEquals(List.of(), ApprovedTargetCounts.of(List.of()).lines());
    }
}
