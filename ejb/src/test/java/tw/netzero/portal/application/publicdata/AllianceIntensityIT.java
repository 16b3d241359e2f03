package tw.netzero.portal.application.publicdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static tw.netzero.portal.testing.AllianceExamples.accepted;
import static tw.netzero.portal.testing.AllianceExamples.company;
import static tw.netzero.portal.testing.AllianceExamples.filing;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.intensity.AllianceIntensity;
import tw.netzero.portal.domain.model.intensity.AllianceIntensity.OutputLine;
import tw.netzero.portal.domain.model.intensity.AllianceIntensity.RevenueLine;
import tw.netzero.portal.domain.model.intensity.YearIntensity;
import tw.netzero.portal.domain.model.pledge.PledgeExamples;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.testing.AllianceExamples;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.TwoCompanies;
import tw.netzero.portal.testing.TwoCompaniesTest;

/**
 * Intensity from MariaDB against figures worked out by hand (AllianceExamples' filings: location-based
 * scope 2 is 9,999 t above market-based):
 * <ul>
 * <li>Company A, 2023 accepted: 70,000 + 15,000 = 85,000 t (location-based 94,999), revenue 40,000
 * million NTD, 42,500 t of steel. 2024 accepted: 60,000 + 15,000 = 75,000 t, revenue 50,000.</li>
 * <li>Company B, 2023 accepted: 8,000 + 2,000 = 10,000 t (location-based 19,999), revenue 10,000.
 * 2024 only submitted, revenue 1: counted nowhere.</li>
 * <li>Electronics 1, 2023 accepted without activity: not in the intensity (like for like).</li>
 * <li>Withdrawn 1, 2023 accepted with revenue: has left, counted nowhere.</li>
 * </ul>
 */
class AllianceIntensityIT extends TwoCompaniesTest {

    private static final Year Y2023 = Year.of(2023);
    private static final Year Y2024 = Year.of(2024);

    @Deployment
    static WebArchive deployment() {
        return Deployments.twoCompanies("alliance-intensity-it").addClasses(AllianceExamples.class, PledgeExamples.class);
    }

    @Inject
    private AllianceIntensityService intensity;

    @Inject
    private PublicProfiles profiles;

    @BeforeEach
    void filingsWithAndWithoutActivity() throws Exception {
        transaction.begin();
        MemberCompany electronics1 = company("22345670", "Electronics 1", IndustryGroup.ELECTRONICS);
        MemberCompany withdrawn1 = company("22345685", "Withdrawn 1", IndustryGroup.CIRCULAR_ECONOMY);
        withdrawn1.withdraw();
        List.of(electronics1, withdrawn1).forEach(entityManager::persist);
        entityManager.flush();
        ProgressFiling bIn2024 = ProgressFiling.start(alliance.companyB(), Y2024);
        bIn2024.revise(filing("8000", "2000", null, null, true).withActivity(null, null, BigDecimal.ONE));
        bIn2024.submit(AllianceExamples.SUBMITTED);
        List.of(accepted(alliance.companyA(), 2023, filing("70000", "15000", null, null, true)
                                .withActivity(new BigDecimal("42500"), "t of steel", new BigDecimal("40000"))),
                        accepted(alliance.companyA(), 2024, filing("60000", "15000", null, null, true)
                                .withActivity(null, null, new BigDecimal("50000"))),
                        accepted(alliance.companyB(), 2023, filing("8000", "2000", null, null, true)
                                .withActivity(null, null, new BigDecimal("10000"))),
                        bIn2024,
                        accepted(electronics1.id(), 2023, filing("500000", "1000", null, null, true)),
                        accepted(withdrawn1.id(), 2023, filing("400000", "100000", null, null, true)
                                .withActivity(null, null, new BigDecimal("1"))))
                .forEach(entityManager::persist);
        transaction.commit();
    }

    /** 2023: (85,000 + 10,000) / (40,000 + 10,000) = 1.900; location-based 114,998 / 50,000 = 2.29996 → 2.300. */
    @Test
    void allianceIntensityOnlyOverTheMembersThatFiledRevenue() throws Exception {
        signInAs(TwoCompanies.REVIEWER);

        AllianceIntensity upTo2023 = intensity.upTo(Y2023);

        assertEquals(1, upTo2023.byRevenue().size());
        RevenueLine line = upTo2023.byRevenue().get(0);
        assertEquals(Y2023, line.year());
        assertEquals(2, line.members());
        assertEquals(0, new BigDecimal("50000").compareTo(line.netRevenueMillionNtd()));
        assertEquals(Emissions.of("95000"), line.scope12MarketBased());
        assertEquals(new BigDecimal("1.900"), line.perMillionNtdMarketBased().tonnesPerUnit());
        assertEquals(new BigDecimal("2.300"), line.perMillionNtdLocationBased().tonnesPerUnit());

        // 85,000 / 42,500 = 2.000; location-based 94,999 / 42,500 = 2.23527 → 2.235.
        assertEquals(1, upTo2023.byOutput().size());
        OutputLine steel = upTo2023.byOutput().get(0);
        assertEquals("t of steel", steel.unit());
        assertEquals(1, steel.members());
        assertEquals(new BigDecimal("2.000"), steel.perUnitMarketBased().tonnesPerUnit());
        assertEquals(new BigDecimal("2.235"), steel.perUnitLocationBased().tonnesPerUnit());

        // Per industry group (decision 0048): A and B are both steel, so steel's line is the alliance's; the
        // electronics member filed no revenue, the withdrawn one is no longer a member.
        assertEquals(List.of(new AllianceIntensity.GroupLine(IndustryGroup.STEEL, line)), upTo2023.byGroup());
    }

    @Test
    void laterYearsAppearOnlyFromTheirReportingYear() throws Exception {
        signInAs(TwoCompanies.REVIEWER);

        List<RevenueLine> upTo2024 = intensity.upTo(Y2024).byRevenue();

        assertEquals(List.of(Y2023, Y2024), upTo2024.stream().map(RevenueLine::year).toList());
        // Company A alone: B's 2024 filing is only submitted. 75,000 / 50,000 = 1.500.
        assertEquals(1, upTo2024.get(1).members());
        assertEquals(new BigDecimal("1.500"), upTo2024.get(1).perMillionNtdMarketBased().tonnesPerUnit());
    }

    @Test
    void membersCannotReadTheAllianceIntensity() throws Exception {
        signInAs(TwoCompanies.ADMIN_A);

        assertThrows(EJBAccessException.class, () -> intensity.upTo(Y2023));
    }

    @Test
    void theProfileShowsEachAcceptedYearsIntensity() throws Exception {
        signInAs(null);

        List<YearIntensity> shown = profiles.of(Ubn.of("04595257")).orElseThrow().intensities();

        assertEquals(List.of(Y2023, Y2024), shown.stream().map(YearIntensity::year).toList());
        // 85,000 / 40,000 = 2.125; 94,999 / 40,000 = 2.374975 → 2.375.
        assertEquals(new BigDecimal("2.125"), shown.get(0).perMillionNtdMarketBased().tonnesPerUnit());
        assertEquals(new BigDecimal("2.375"), shown.get(0).perMillionNtdLocationBased().tonnesPerUnit());
        assertEquals(new BigDecimal("2.000"), shown.get(0).perUnitMarketBased().tonnesPerUnit());
        assertNull(shown.get(1).perUnitMarketBased());
        assertEquals(new BigDecimal("1.500"), shown.get(1).perMillionNtdMarketBased().tonnesPerUnit());
    }

    @Test
    void aProfileWithoutActivityShowsNoIntensity() throws Exception {
        signInAs(null);

        assertEquals(List.of(), profiles.of(Ubn.of("22345670")).orElseThrow().intensities());
    }
}
