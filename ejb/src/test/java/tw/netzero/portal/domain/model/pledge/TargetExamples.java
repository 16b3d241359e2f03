package tw.netzero.portal.domain.model.pledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * Targets for tests. The typical pledge of the domain brief: absolute scope 1+2 -42 % by 2030
 * from 2020 (85,000 t), absolute scope 3 -25 % in the same timeframe (categories 1 and 4,
 * 60,000 t), net zero by 2050; submitted 2023-03-01 (v5.x).
 */
public final class TargetExamples {

    public static final LocalDate SUBMITTED_V5 = LocalDate.of(2023, 3, 1);
    public static final LocalDate SUBMITTED_V4 = LocalDate.of(2021, 3, 1);
    public static final Set<Scope3Category> CATEGORIES_1_AND_4 = Set.of(Scope3Category.PURCHASED_GOODS_AND_SERVICES,
            Scope3Category.UPSTREAM_TRANSPORTATION_AND_DISTRIBUTION);

    private TargetExamples() {
    }

    public static PledgeTarget scope12(int baseYear, int targetYear, String reduction) {
        return scope12(TargetHorizon.NEAR_TERM, baseYear, targetYear, reduction, "100");
    }

    public static PledgeTarget scope12(TargetHorizon horizon, int baseYear, int targetYear, String reduction,
                                       String coverage) {
        return PledgeTarget.absolute(horizon, TargetBoundary.SCOPE_1_2, Year.of(baseYear), Emissions.of("85000"),
                Year.of(targetYear), Percentage.of(reduction), Percentage.of(coverage), Scope2Method.MARKET_BASED,
                Set.of());
    }

    public static PledgeTarget scope3(int baseYear, int targetYear, String reduction) {
        return scope3(TargetHorizon.NEAR_TERM, baseYear, targetYear, reduction, "80");
    }

    public static PledgeTarget scope3(TargetHorizon horizon, int baseYear, int targetYear, String reduction,
                                      String coverage) {
        return PledgeTarget.absolute(horizon, TargetBoundary.SCOPE_3, Year.of(baseYear), Emissions.of("60000"),
                Year.of(targetYear), Percentage.of(reduction), Percentage.of(coverage), null, CATEGORIES_1_AND_4);
    }

    public static PledgeTarget combined(TargetHorizon horizon, int baseYear, int targetYear, String reduction,
                                        String coverage) {
        return PledgeTarget.absolute(horizon, TargetBoundary.SCOPE_1_2_3, Year.of(baseYear), Emissions.of("145000"),
                Year.of(targetYear), Percentage.of(reduction), Percentage.of(coverage), Scope2Method.MARKET_BASED,
                CATEGORIES_1_AND_4);
    }

    /** Steel: 1,000,000 t of steel in the base year at 2 t CO2e per t (scope 1+2 2,000,000 t). */
    public static PledgeTarget steelIntensity(int baseYear, int targetYear, String reduction, String projectedOutput) {
        return PledgeTarget.physicalIntensity(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_1_2, Year.of(baseYear),
                Emissions.of("2000000"), Year.of(targetYear), Percentage.of(reduction), Percentage.of("100"),
                Scope2Method.LOCATION_BASED, Set.of(), "t CO2e per t steel", new BigDecimal("1000000"),
                projectedOutput == null ? null : new BigDecimal(projectedOutput));
    }

    /** Scope 3 per million NTD revenue: 60,000 t over 12,000 million NTD. */
    public static PledgeTarget revenueIntensity(int baseYear, int targetYear, String reduction) {
        return PledgeTarget.economicIntensity(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_3, Year.of(baseYear),
                Emissions.of("60000"), Year.of(targetYear), Percentage.of(reduction), Percentage.of("80"), null,
                CATEGORIES_1_AND_4, "t CO2e per million NTD revenue", new BigDecimal("12000"));
    }

    /** Scope 1+2 85,000 t and scope 3 60,000 t in the base year: scope 3 is 41.37 % of the total. */
    public static TargetSet pledge(Year netZeroYear, PledgeTarget... targets) {
        return new TargetSet(List.of(targets), Emissions.of("85000"), Emissions.of("60000"), netZeroYear);
    }

    /** The brief's typical pledge. */
    public static TargetSet typicalPledge() {
        return pledge(Year.of(2050), scope12(2020, 2030, "42"), scope3(2020, 2030, "25"),
                scope12(TargetHorizon.LONG_TERM, 2020, 2050, "90", "95"),
                scope3(TargetHorizon.LONG_TERM, 2020, 2050, "90", "90"));
    }
}
