package tw.netzero.portal.domain.model.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.alliance.AllianceSeries.AllianceYear;
import tw.netzero.portal.domain.model.alliance.AllianceSeries.Bridge;
import tw.netzero.portal.domain.model.alliance.AllianceSeries.SameMembers;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.filing.FilingTotals;
import tw.netzero.portal.domain.model.pledge.PledgeExamples;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * A small alliance worked out by hand. A: pledge from 2020, 100,000 t, -50 % by 2030 (5,000 t less
 * a year). B: pledge from 2020, 50,000 t, -40 % by 2030 (2,000 t less a year). C: no pledge, first
 * counted in 2023 (a joiner). D: no pledge, left the alliance after filing 2022 (a leaver).
 *
 * <pre>
 *          A                          B        C        D        total
 * 2021     95,000                     48,000   -        10,000   153,000
 * 2022     92,000 (first 90,000)      47,000   -         9,000   148,000 (first reported 146,000)
 * 2023     88,000                     missing  20,000   left     108,000
 * </pre>
 *
 * The alliance's base-year emissions are A's and B's, 150,000 t; 2023 covers A's only, 66.66 %.
 */
class AllianceSeriesTest {

    private static final long A = 1;
    private static final long B = 2;
    private static final long C = 3;
    private static final long D = 4;
    private static final long ACTIVE_MEMBERS = 3;
    private static final LocalDate SUBMITTED = LocalDate.of(2021, 3, 1);

    private static final List<PledgeInForce> PLEDGES = List.of(
            new PledgeInForce(A, IndustryGroup.STEEL, terms("100000", "50"), SUBMITTED),
            new PledgeInForce(B, IndustryGroup.ENERGY, terms("50000", "40"), SUBMITTED));

    private static final List<MemberYearTotal> FILINGS = List.of(
            active(A, 2021, "95000"), active(B, 2021, "48000"), left(D, 2021, "10000"),
            new MemberYearTotal(A, IndustryGroup.STEEL, Year.of(2022), totals("92000"), true, totals("90000")),
            active(B, 2022, "47000"), left(D, 2022, "9000"),
            active(A, 2023, "88000"), active(C, 2023, "20000"));

    private static AllianceSeries series(Percentage threshold) {
        return AllianceSeries.of(FILINGS, PLEDGES, ACTIVE_MEMBERS, threshold, Year.of(2023));
    }

    private static AllianceYear year(AllianceSeries series, int year) {
        return series.in(Year.of(year)).orElseThrow();
    }

    @Test
    void theMemberYearsMayArriveInAnyOrder() {
        // Streamed from the database in no order (decision 0059): every order gives the same series.
        List<MemberYearTotal> reversed = new ArrayList<>(FILINGS);
        Collections.reverse(reversed);
        List<MemberYearTotal> shuffled = new ArrayList<>(FILINGS);
        Collections.shuffle(shuffled, new Random(59));
        AllianceSeries inOrder = series(AllianceSeries.DEFAULT_COVERAGE_THRESHOLD);
        for (List<MemberYearTotal> order : List.of(reversed, shuffled)) {
            AllianceSeries.Builder builder = new AllianceSeries.Builder(PLEDGES);
            order.forEach(builder::add);
            assertEquals(inOrder.years(), builder.build(ACTIVE_MEMBERS, AllianceSeries.DEFAULT_COVERAGE_THRESHOLD,
                    Year.of(2023)).years());
        }
    }

    @Test
    void countsEveryMemberWithAFigureIncludingThoseSinceLeftWithTheirCoverage() {
        AllianceSeries series = series(AllianceSeries.DEFAULT_COVERAGE_THRESHOLD);

        assertEquals(List.of(2021, 2022, 2023), series.years().stream().map(shown -> shown.year().getValue()).toList());
        AllianceYear y2021 = year(series, 2021);
        assertEquals(3, y2021.membersCounted());
        assertEquals(ACTIVE_MEMBERS, y2021.activeMembers());
        assertEquals(Emissions.of("153000"), y2021.total());
        assertEquals(Percentage.HUNDRED, y2021.baseYearCoverage());
        assertFalse(y2021.provisional());
        assertEquals(Emissions.of("148000"), year(series, 2022).total());
    }

    @Test
    void aYearBelowTheCoverageThresholdIsProvisionalAndShowsNoConfirmedTotal() {
        AllianceYear y2023 = year(series(AllianceSeries.DEFAULT_COVERAGE_THRESHOLD), 2023);

        assertEquals(Emissions.of("108000"), y2023.total());
        assertEquals(Percentage.of("66.66"), y2023.baseYearCoverage());
        assertTrue(y2023.provisional());
        assertNull(y2023.confirmedTotal());
    }

    @Test
    void theSecretariatsThresholdDecidesWhatIsProvisional() {
        AllianceYear y2023 = year(series(Percentage.of("60")), 2023);

        assertFalse(y2023.provisional());
        assertEquals(Emissions.of("108000"), y2023.confirmedTotal());
    }

    @Test
    void aYearExactlyAtTheThresholdIsConfirmed() {
        AllianceSeries series = series(Percentage.of("66.66"));

        assertFalse(year(series, 2023).provisional(), "66.66 % is not below 66.66 %");
        assertTrue(series(Percentage.of("66.67")).in(Year.of(2023)).orElseThrow().provisional());
    }

    @Test
    void aYearWithoutMembersInCommonWithTheYearBeforeBreaksTheIndex() {
        // A files 2021 only, C 2022 only (a joiner with no one in common), both file 2023.
        List<MemberYearTotal> filings = List.of(active(A, 2021, "95000"), active(C, 2022, "20000"),
                active(A, 2023, "88000"), active(C, 2023, "19000"));

        AllianceSeries series = AllianceSeries.of(filings, PLEDGES, ACTIVE_MEMBERS,
                AllianceSeries.DEFAULT_COVERAGE_THRESHOLD, Year.of(2023));

        AllianceYear y2022 = year(series, 2022);
        assertEquals(0, y2022.change().cohort());
        assertNull(y2022.change().percent());
        assertNull(y2022.change().index());
        // 2023 has a cohort again (C), but an index chained through a year without one would be invented.
        assertEquals(new BigDecimal("-5.0"), year(series, 2023).change().percent());
        assertNull(year(series, 2023).change().index());
        // The bridge still adds up: A did not file 2022, C joined the count.
        Bridge bridge = y2022.bridge();
        assertEquals(1, bridge.notFiledMembers());
        assertEquals(1, bridge.joinedMembers());
        assertEquals(bridge.total(), bridge.previousAsFirstReported().add(bridge.restatements()).add(bridge.joined())
                .subtract(bridge.left()).subtract(bridge.notFiled()).add(bridge.realChange()));
    }

    @Test
    void chainsTheChangeOfTheMembersWithFiguresForBothYearsIntoAnIndex() {
        AllianceSeries series = series(AllianceSeries.DEFAULT_COVERAGE_THRESHOLD);

        assertEquals(new BigDecimal("100.0"), year(series, 2021).change().index());
        // 2022 over A, B and D: 153,000 -> 148,000 (A as restated), -3.27 %.
        AllianceSeries.YearOnYear y2022 = year(series, 2022).change();
        assertEquals(3, y2022.cohort());
        assertEquals(Emissions.of("153000"), y2022.previous());
        assertEquals(Emissions.of("148000"), y2022.current());
        assertEquals(new BigDecimal("-3.3"), y2022.percent());
        assertEquals(new BigDecimal("96.7"), y2022.index());
        // 2023 over A alone (B has not filed, D has left, C was not there): 92,000 -> 88,000, -4.35 %;
        // 100 x 148/153 x 88/92 = 92.53, where the absolute totals fell by 29 %.
        AllianceSeries.YearOnYear y2023 = year(series, 2023).change();
        assertEquals(1, y2023.cohort());
        assertEquals(new BigDecimal("-4.3"), y2023.percent());
        assertEquals(new BigDecimal("92.5"), y2023.index());
    }

    @Test
    void bridgesLastYearsTotalAsFirstReportedToThisYearsByWhoChanged() {
        Bridge bridge = year(series(AllianceSeries.DEFAULT_COVERAGE_THRESHOLD), 2023).bridge();

        assertEquals(Year.of(2022), bridge.previousYear());
        assertEquals(new BigDecimal("146000.000"), bridge.previousAsFirstReported());
        assertEquals(new BigDecimal("2000.000"), bridge.restatements());
        assertEquals(1, bridge.joinedMembers());
        assertEquals(new BigDecimal("20000.000"), bridge.joined());
        assertEquals(1, bridge.leftMembers());
        assertEquals(new BigDecimal("9000.000"), bridge.left());
        assertEquals(1, bridge.notFiledMembers());
        assertEquals(new BigDecimal("47000.000"), bridge.notFiled());
        assertEquals(new BigDecimal("-4000.000"), bridge.realChange());
        assertEquals(new BigDecimal("108000.000"), bridge.total());
        assertEquals(bridge.total(), bridge.previousAsFirstReported().add(bridge.restatements()).add(bridge.joined())
                .subtract(bridge.left()).subtract(bridge.notFiled()).add(bridge.realChange()));
    }

    @Test
    void comparesPathwaysAndTheCitysGoalsOverTheSameMembersAsTheEmissions() {
        AllianceSeries series = series(AllianceSeries.DEFAULT_COVERAGE_THRESHOLD);

        // 2021: A and B. Pathways 95,000 + 48,000; the city's goals (-30 % by 2030 from each base year,
        // 3,000 and 1,500 t a year) 97,000 + 48,500.
        assertEquals(new SameMembers(2, Emissions.of("143000"), Emissions.of("143000"), Emissions.of("145500")),
                year(series, 2021).sameMembers());
        // 2023: A alone (B has not filed, C has no pledge): 88,000 against 85,000 and 91,000.
        assertEquals(new SameMembers(1, Emissions.of("88000"), Emissions.of("85000"), Emissions.of("91000")),
                year(series, 2023).sameMembers());
    }

    @Test
    void aYearNotComparableWithTheBaseYearHasNoFigure() {
        FilingTotals purchasedGoodsNotEvaluated = new FilingTotals(Emissions.of("46000"), Emissions.of("46000"),
                Set.of(Scope3Category.PURCHASED_GOODS_AND_SERVICES));
        List<MemberYearTotal> filings = List.of(active(A, 2021, "95000"), active(B, 2021, "48000"),
                active(A, 2022, "92000"), new MemberYearTotal(B, IndustryGroup.ENERGY, Year.of(2022),
                        purchasedGoodsNotEvaluated));

        AllianceYear y2022 = AllianceSeries.of(filings, PLEDGES, 2, AllianceSeries.DEFAULT_COVERAGE_THRESHOLD,
                Year.of(2022)).in(Year.of(2022)).orElseThrow();

        assertEquals(1, y2022.membersCounted());
        assertEquals(1, y2022.membersNotComparable());
        assertEquals(Emissions.of("92000"), y2022.total());
        assertEquals(1, y2022.change().cohort());
        assertEquals(1, y2022.bridge().notFiledMembers());
    }

    @Test
    void measuresAYearWithTheBaseYearsScope2Method() {
        FilingTotals marketAndLocation = new FilingTotals(Emissions.of("90000"), Emissions.of("99000"), Set.of());
        List<MemberYearTotal> filings = List.of(new MemberYearTotal(A, IndustryGroup.STEEL, Year.of(2021), marketAndLocation));

        // A's base year counts scope 2 market-based; a member without a pledge is counted the same way.
        assertEquals(Emissions.of("90000"), AllianceSeries.of(filings, PLEDGES, 2,
                AllianceSeries.DEFAULT_COVERAGE_THRESHOLD, Year.of(2021)).years().get(0).total());
    }

    @Test
    void noFiguresNoYears() {
        assertEquals(List.of(), AllianceSeries.of(List.of(), PLEDGES, 2, AllianceSeries.DEFAULT_COVERAGE_THRESHOLD,
                Year.of(2023)).years());
    }

    private static PledgeTerms terms(String baseYearTotal, String reduction) {
        return new PledgeTerms(PledgeExamples.inventory(Year.of(2020), baseYearTotal, "0", "0", "100", "0"),
                PledgeExamples.absolute(2030, reduction), null, null);
    }

    private static FilingTotals totals(String tonnes) {
        return new FilingTotals(Emissions.of(tonnes), Emissions.of(tonnes), Set.of());
    }

    private static MemberYearTotal active(long member, int year, String tonnes) {
        return new MemberYearTotal(member, IndustryGroup.STEEL, Year.of(year), totals(tonnes));
    }

    private static MemberYearTotal left(long member, int year, String tonnes) {
        return new MemberYearTotal(member, IndustryGroup.STEEL, Year.of(year), totals(tonnes), false, totals(tonnes));
    }
}
