package tw.netzero.portal.application.publicdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.company.CompanyProfile;
import tw.netzero.portal.domain.model.company.District;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.filing.AssuranceLevel;
import tw.netzero.portal.domain.model.filing.FilingDraft;
import tw.netzero.portal.domain.model.filing.OnTrackStatus;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.filing.Scope3EntryStatus;
import tw.netzero.portal.domain.model.filing.TargetProgressStatus;
import tw.netzero.portal.domain.model.pledge.BaseYearRestatement;
import tw.netzero.portal.domain.model.pledge.PledgeDraft;
import tw.netzero.portal.domain.model.pledge.PledgeExamples;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;
import tw.netzero.portal.domain.model.pledge.RestatementEntry;
import tw.netzero.portal.domain.model.pledge.RestatementReason;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.TwoCompaniesTest;
import tw.netzero.portal.testing.TwoCompanies;

/**
 * Public profiles from MariaDB, read anonymously. Steel: version 1 approved (base 2020, 100,000 t,
 * -50 % by 2030), version 2 approved (-60 %: 6,000 t less a year), version 3 submitted (-90 %).
 * Accepted 2022: 85,000 t (allowed 88,000: on track); 2023 accepted at 99,000, then corrected to
 * 86,000 (allowed 82,000: off track); 2024 only submitted. One restatement, 100,000 → 103,000 t.
 * A withdrawn member and the applicant C of {@link TwoCompanies} have no public profile.
 */
class PublicProfilesIT extends TwoCompaniesTest {

    private static final String STEEL_UBN = "10458575";
    private static final String WITHDRAWN_UBN = "00238778";
    private static final Instant SUBMITTED = Instant.parse("2024-05-20T00:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2024, 5, 20);

    @Deployment
    static WebArchive deployment() {
        return Deployments.twoCompanies("public-profiles-it")
                .addClasses(PledgeExamples.class);
    }

    @Inject
    private PublicProfiles profiles;

    private long steelId;

    @BeforeEach
    void steelWithPublicAndPrivateData() throws Exception {
        transaction.begin();
        MemberCompany steel = company(STEEL_UBN, "Steel");
        MemberCompany withdrawn = company(WITHDRAWN_UBN, "Withdrawn");
        withdrawn.withdraw();
        List.of(steel, withdrawn).forEach(entityManager::persist);
        entityManager.flush();
        steelId = steel.id();

        PledgeVersion first = approved(PledgeVersion.first(steel.id(), SUBMITTED), pledge("50"));
        PledgeVersion second = approved(first.revise(SUBMITTED), pledge("60"));
        PledgeVersion third = second.revise(SUBMITTED);
        third.edit(pledge("90"));
        third.submit(SUBMITTED, TODAY);
        PledgeVersion withdrawnPledge = approved(PledgeVersion.first(withdrawn.id(), SUBMITTED), pledge("50"));
        List.of(first, second, third, withdrawnPledge).forEach(entityManager::persist);

        ProgressFiling in2023 = accepted(steel.id(), 2023, filing("80000", "19000"));
        ProgressFiling in2023Corrected = in2023.startCorrection();
        in2023Corrected.revise(filing("72000", "14000"));
        in2023Corrected.submit(SUBMITTED);
        in2023Corrected.accept(TwoCompanies.REVIEWER, "Thanks");
        in2023.supersede();
        ProgressFiling in2024 = ProgressFiling.start(steel.id(), Year.of(2024));
        in2024.revise(filing("1", "1"));
        in2024.submit(SUBMITTED);
        List.of(accepted(steel.id(), 2022, filing("70000", "15000")), in2023, in2023Corrected, in2024,
                        accepted(withdrawn.id(), 2022, filing("1", "1")))
                .forEach(entityManager::persist);
        RestatementEntry restatement = new RestatementEntry(steel.id(), new BaseYearRestatement(RestatementReason.ERROR,
                tonnes("100000"), tonnes("103000")), "Private explanation", TwoCompanies.ADMIN_A, SUBMITTED);
        restatement.accept(TwoCompanies.REVIEWER, null, SUBMITTED);
        entityManager.persist(restatement);
        // One waiting for review: never public (decision 0033).
        entityManager.persist(new RestatementEntry(steel.id(), new BaseYearRestatement(RestatementReason.ERROR,
                tonnes("103000"), tonnes("12")), "Waiting explanation", TwoCompanies.ADMIN_A, SUBMITTED));
        transaction.commit();
    }

    @Test
    void showsTheNewestApprovedVersionAndTheAcceptedYearsOnly() {
        PublicProfile profile = profiles.of(Ubn.of(STEEL_UBN)).orElseThrow();

        assertEquals("Steel", profile.nameEn());
        assertEquals("Steel（中）", profile.nameZh());
        assertEquals(LocalDate.of(2022, 6, 20), profile.memberSince());
        PublicProfile.Pledge pledge = profile.pledge();
        assertEquals(2, pledge.version(), "the newest approved version, not the submitted third");
        assertEquals(0, new BigDecimal("60").compareTo(pledge.nearTerm().reduction().value()));
        assertEquals(tonnes("100000"), pledge.baseYearTotal());
        assertEquals(tonnes("88000"), pledge.pathway().allowedIn(Year.of(2022)));
        assertFalse(pledge.preCheck().targets().isEmpty());

        List<PublicProfile.ReportedYear> years = profile.reportedYears();
        assertEquals(List.of(Year.of(2022), Year.of(2023)), years.stream().map(PublicProfile.ReportedYear::year).toList(),
                "2024 is only submitted");
        assertEquals(tonnes("85000"), years.get(0).total());
        assertEquals(OnTrackStatus.ON_TRACK, years.get(0).onTrack().status());
        assertEquals(2, years.get(1).revision(), "the accepted correction, not the superseded filing");
        assertEquals(tonnes("86000"), years.get(1).total());
        assertEquals(OnTrackStatus.OFF_TRACK, years.get(1).onTrack().status());
        // A verdict per target boundary (decision 0020), the headline's first.
        assertEquals(pledge.targetPathways().size(), years.get(0).onTrack().targets().size());
        assertEquals(TargetProgressStatus.ON_TRACK, years.get(0).onTrack().targets().get(0).status());
        assertEquals(TargetProgressStatus.OFF_TRACK, years.get(1).onTrack().targets().get(0).status());
        assertEquals(AssuranceLevel.REASONABLE, years.get(0).verification().get(0).level());
        assertEquals("Verifier Co.", years.get(0).verification().get(0).verifier());

        PublicProfile.Ledger ledger = profile.ledger();
        assertEquals(tonnes("103000"), ledger.currentBaseTotal());
        assertEquals(0, new BigDecimal("3").compareTo(ledger.cumulativeChangePercent()));
        assertFalse(ledger.requiresResubmission());
        assertEquals(RestatementReason.ERROR, ledger.entries().get(0).reason());
        assertEquals(1, ledger.entries().size(), "the restatement waiting for review is not public");
        assertTrue(profile.lastModified() != null);
    }

    /** Decision 0060: a profile is kept until its own member's public data changes, on any instance. */
    @Test
    void aProfileIsKeptUntilItsMemberChanges() throws Exception {
        PublicProfile first = profiles.of(Ubn.of(STEEL_UBN)).orElseThrow();
        assertSame(first.reportedYears(), profiles.of(Ubn.of(STEEL_UBN)).orElseThrow().reportedYears(), "kept");

        transaction.begin();
        entityManager.persist(accepted(alliance.companyA(), 2022, filing("5000", "500")));
        transaction.commit();
        PublicProfile afterOthersChange = profiles.of(Ubn.of(STEEL_UBN)).orElseThrow();
        assertSame(first.reportedYears(), afterOthersChange.reportedYears(), "another member's change keeps it");
        assertFalse(afterOthersChange.lastModified().isBefore(first.lastModified()), "dated as public data last changed");

        transaction.begin();
        entityManager.persist(accepted(steelId, 2021, filing("75000", "15000")));
        transaction.commit();
        assertEquals(List.of(Year.of(2021), Year.of(2022), Year.of(2023)), profiles.of(Ubn.of(STEEL_UBN)).orElseThrow()
                .reportedYears().stream().map(PublicProfile.ReportedYear::year).toList(), "its own change is read");
    }

    @Test
    void applicantsFormerMembersAndUnknownNumbersHaveNoProfile() {
        String applicant = entityManager.find(MemberCompany.class, alliance.applicantC()).ubn().value();

        assertTrue(profiles.of(Ubn.of(applicant)).isEmpty());
        assertTrue(profiles.of(Ubn.of(WITHDRAWN_UBN)).isEmpty());
        String unknown = "1234567" + Ubn.checkDigitFor("1234567");
        assertTrue(profiles.of(Ubn.of(unknown)).isEmpty());
    }

    @Test
    void aMemberWithoutPledgeHasNoPathwayNoLedgerAndNoVerdicts() throws Exception {
        transaction.begin();
        ProgressFiling filed = accepted(alliance.companyA(), 2022, filing("5000", "500"));
        entityManager.persist(filed);
        transaction.commit();
        String ubnA = entityManager.find(MemberCompany.class, alliance.companyA()).ubn().value();

        PublicProfile profile = profiles.of(Ubn.of(ubnA)).orElseThrow();

        assertNull(profile.pledge());
        assertNull(profile.ledger());
        assertEquals(OnTrackStatus.NO_APPROVED_PLEDGE, profile.reportedYears().get(0).onTrack().status());
    }

    private static MemberCompany company(String ubn, String name) {
        return MemberCompany.admitted(new CompanyProfile(ubn, name, name + "（中）", IndustryGroup.STEEL,
                District.XIAOGANG, null), LocalDate.of(2022, 6, 20));
    }

    private static PledgeDraft pledge(String reduction) {
        PledgeDraft draft = PledgeExamples.draft().inventory(2020, "80000", "25000", "20000", "0")
                .coverage("100", "0").build();
        PledgeExamples.putCombinedTargets(draft, 2030, reduction, null, null);
        return draft;
    }

    private static PledgeVersion approved(PledgeVersion version, PledgeDraft content) {
        version.edit(content);
        version.submit(SUBMITTED, TODAY);
        version.take(TwoCompanies.REVIEWER);
        version.approve(TwoCompanies.REVIEWER, "Private review comment", SUBMITTED);
        return version;
    }

    private static ProgressFiling accepted(long companyId, int year, FilingDraft content) {
        ProgressFiling filing = ProgressFiling.start(companyId, Year.of(year));
        filing.revise(content);
        filing.submit(SUBMITTED);
        filing.accept(TwoCompanies.REVIEWER, null);
        return filing;
    }

    private static FilingDraft filing(String scope1, String scope2Market) {
        Map<Scope3Category, FilingDraft.Scope3Figure> scope3 = new EnumMap<>(Scope3Category.class);
        for (Scope3Category category : Scope3Category.values()) {
            scope3.put(category, new FilingDraft.Scope3Figure(Scope3EntryStatus.NOT_RELEVANT, null, "No such activity"));
        }
        Map<Scope, FilingDraft.Assurance> verification = new EnumMap<>(Scope.class);
        verification.put(Scope.SCOPE_1, new FilingDraft.Assurance(AssuranceLevel.REASONABLE, "Verifier Co.", "ISO 14064-3"));
        return new FilingDraft(new BigDecimal(scope1), new BigDecimal(scope2Market).add(new BigDecimal("9999")),
                new BigDecimal(scope2Market), scope3, new BigDecimal("1000"), new BigDecimal("10"), null, verification);
    }

    private static Emissions tonnes(String value) {
        return Emissions.of(value);
    }
}
