package tw.netzero.portal.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.netzero.portal.domain.model.filing.FilingStatus;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.PledgeStatus;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;
import tw.netzero.portal.domain.model.pledge.TargetBoundary;
import tw.netzero.portal.domain.model.registry.RegistryRecord;
import tw.netzero.portal.domain.model.registry.VerificationStatus;
import tw.netzero.portal.infrastructure.demo.DemoAlliance.Member;
import tw.netzero.portal.infrastructure.demo.DemoAlliance.OpenYearFiling;
import tw.netzero.portal.infrastructure.demo.DemoAlliance.PledgeState;
import tw.netzero.portal.infrastructure.demo.DemoData.DemoCalendar;

/**
 * The generated founders (issue 17, item 6): the counts the README and the browser tests rely on, and
 * every pledge, filing and record made through the domain as the portal would, on days across the year
 * (before and after MOENV's deadlines).
 */
class DemoAllianceTest {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    /** The 51 founders less the three hand-written demo pledges and the member with sign-ins and no pledge. */
    private static final List<Member> PLAN = DemoAlliance.of(DemoData.readFoundingMembers().stream()
            .filter(founder -> !Set.of("13579113", "25099303", "15673692", "35572200").contains(founder.profile().ubn()))
            .toList());

    @Test
    void mostFoundersHaveAnApprovedPledgeAFewWaitOneIsADraftSomeHaveNone() {
        assertEquals(47, PLAN.size());
        Map<PledgeState, Long> pledges = PLAN.stream().collect(Collectors.groupingBy(Member::pledge, Collectors.counting()));
        assertEquals(Map.of(PledgeState.APPROVED, 40L, PledgeState.SUBMITTED, 2L, PledgeState.DRAFT, 1L,
                PledgeState.NONE, 4L), pledges);
        assertTrue(40 + 3 > 51 * 0.8, "most of the 51, with the three hand-written");
        Map<OpenYearFiling, Long> openYear = PLAN.stream().collect(Collectors.groupingBy(Member::openYear,
                Collectors.counting()));
        assertEquals(1L, openYear.get(OpenYearFiling.RETURNED));
        assertEquals(4L, openYear.get(OpenYearFiling.SUBMITTED));
        assertEquals(8L, openYear.get(OpenYearFiling.ACCEPTED));
        assertEquals(3L, openYear.get(OpenYearFiling.DRAFT));
        assertTrue(PLAN.stream().filter(member -> member.pledge() != PledgeState.APPROVED)
                .allMatch(member -> member.openYear() == OpenYearFiling.NONE), "only members with a pledge file");
    }

    /**
     * The dashboard's coverage (AllianceSeries: the counted members' base-year totals against all pledges'):
     * 2021 is Linyuan Aromatics' alone, provisional below the default 80 %; 2022 lacks only the members that
     * filed from 2023 (Southern Forge among them), so it is confirmed at 80 % and provisional at 95 %
     * (AllianceDashboardInBrowserIT).
     */
    @Test
    void the2022FilingsCoverMostOfTheBaseYearEmissionsButNotAll() {
        double all = 0;
        double in2022 = 0;
        double in2021 = 0;
        for (DemoData.DemoPledge demo : DemoData.DemoPledge.values()) {
            double total = demo.content.getScope1().add(demo.content.getScope2MarketBased()).add(demo.content.getScope3())
                    .doubleValue();
            all += total;
            in2022 += demo.content.getBaseYear() < 2022 ? total : 0;
            in2021 += demo.content.getBaseYear() < 2021 ? total : 0;
        }
        for (Member member : PLAN) {
            if (member.pledge() == PledgeState.APPROVED) {
                all += member.emissions().inventory().total();
                in2022 += member.firstFiled() == 2022 ? member.emissions().inventory().total() : 0;
            }
        }
        double coverage2022 = 100 * in2022 / all;
        double coverage2021 = 100 * in2021 / all;
        assertTrue(coverage2022 >= 81 && coverage2022 < 94, () -> "2022 covers " + coverage2022 + " %");
        assertTrue(coverage2021 < 79, () -> "2021 covers " + coverage2021 + " %");
    }

    @Test
    void theSamePlanEveryTime() {
        List<Member> again = DemoAlliance.of(DemoData.readFoundingMembers().stream()
                .filter(founder -> !Set.of("13579113", "25099303", "15673692", "35572200")
                        .contains(founder.profile().ubn())).toList());
        assertEquals(PLAN, again);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-05", "2027-01-03", "2027-04-19", "2027-04-25", "2027-10-20", "2028-06-30"})
    void everyPledgeFilingAndRecordIsMadeThroughTheDomainWhateverTheDay(String day) {
        LocalDate today = LocalDate.parse(day);
        DemoCalendar calendar = DemoCalendar.of(today);
        Clock clock = Clock.fixed(today.atTime(9, 0).atZone(TAIPEI).toInstant(), TAIPEI);
        int onTrack = 0;
        int offTrack = 0;
        int separate = 0;
        List<RegistryRecord> registry = new ArrayList<>();
        Set<Long> creditSerials = new HashSet<>();
        for (Member member : PLAN) {
            long companyId = 1000 + member.order();
            var pledge = DemoAlliance.pledgeVersionOf(member, companyId, calendar, clock);
            assertEquals(member.pledge() != PledgeState.NONE, pledge.isPresent(), member.ubn());
            pledge.ifPresent(version -> assertEquals(switch (member.pledge()) {
                case APPROVED -> PledgeStatus.APPROVED;
                case SUBMITTED -> PledgeStatus.SUBMITTED;
                default -> PledgeStatus.DRAFT;
            }, version.status(), member.ubn()));
            List<ProgressFiling> filings = DemoAlliance.filingsOf(member, companyId, calendar, clock);
            if (member.pledge() == PledgeState.APPROVED) {
                PledgeVersion version = pledge.orElseThrow();
                if (version.content().targets().stream().anyMatch(target -> target.boundary() == TargetBoundary.SCOPE_3)) {
                    separate++;
                }
                Pathway pathway = Pathway.of(version.terms().orElseThrow());
                ProgressFiling last = filings.stream()
                        .filter(filing -> filing.reportingYear().equals(calendar.lastFiledYear())).findFirst().orElseThrow();
                if (last.totalEmissions().compareTo(pathway.allowedIn(calendar.lastFiledYear())) <= 0) {
                    onTrack++;
                } else {
                    offTrack++;
                }
                assertEquals(member.firstFiled(), filings.get(0).reportingYear().getValue());
                assertTrue(filings.stream().filter(filing -> filing.reportingYear().isBefore(calendar.openYear()))
                        .allMatch(filing -> filing.status() == FilingStatus.ACCEPTED));
                registry.addAll(DemoAlliance.registryOf(member.order(), companyId, filings, calendar, clock.instant()));
                DemoAlliance.creditOf(member, companyId, calendar, clock.instant()).ifPresent(credit -> {
                    for (long serial = credit.serials().first(); serial <= credit.serials().last(); serial += 100) {
                        assertTrue(creditSerials.add(serial / 100), "serial blocks of their own");
                    }
                });
            } else {
                assertEquals(List.of(), filings);
            }
            DemoAlliance.trainingOf(member, companyId, calendar, clock.instant());
        }
        assertEquals(13, separate, "every third approved pledge has separate scope 1+2 and scope 3 targets");
        int on = onTrack;
        int off = offTrack;
        assertTrue(on >= 10 && off >= 5, () -> "a mix on and off track: " + on + " on, " + off + " off");
        assertTrue(registry.size() >= 20, "the large emitters registered: " + registry.size());
        assertTrue(registry.stream().allMatch(RegistryRecord::isPublished));
        assertTrue(registry.stream().anyMatch(record -> record.differenceReason() != null), "some flagged, with a reason");
        Year inventoryYear = calendar.openYear();
        boolean pastVerification = !today.isBefore(inventoryYear.plusYears(1).atMonth(10).atDay(15));
        assertTrue(registry.stream().filter(record -> record.inventoryYear().equals(inventoryYear))
                .allMatch(record -> record.registeredOn() != null && !record.registeredOn().isAfter(today)
                        && (record.verificationStatus() == VerificationStatus.VERIFIED) == pastVerification), day);
    }

    @Test
    void anOpenYearFilingIsNeverSentBeforeItsYearHasEnded() {
        LocalDate newYear = LocalDate.of(2027, 1, 1);
        DemoCalendar calendar = DemoCalendar.of(newYear);
        Clock clock = Clock.fixed(newYear.atTime(9, 0).atZone(TAIPEI).toInstant(), TAIPEI);
        Function<ProgressFiling, Boolean> sentAfterTheYear = filing -> filing.submittedAt() == null
                || filing.submittedAt().atZone(TAIPEI).getYear() > filing.reportingYear().getValue();
        for (Member member : PLAN) {
            assertTrue(DemoAlliance.filingsOf(member, 1, calendar, clock).stream().allMatch(sentAfterTheYear::apply));
        }
    }
}
