package tw.netzero.portal.domain.model.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

class MemberCompanyTest {

    private static final CompanyProfile PROFILE = new CompanyProfile("04595257", "Harbor Crest Steel Corporation",
            "港峰鋼鐵股份有限公司", IndustryGroup.STEEL, District.XIAOGANG, " https://harbor.example ");

    @Test
    void anApplicantHasNoJoinDateUntilActivated() {
        MemberCompany company = MemberCompany.applicant(PROFILE);
        assertEquals(MembershipStatus.APPLICANT, company.membershipStatus());
        assertNull(company.joinedOn());

        company.activate(LocalDate.of(2024, 3, 1));
        assertEquals(MembershipStatus.ACTIVE, company.membershipStatus());
        assertEquals(LocalDate.of(2024, 3, 1), company.joinedOn());
    }

    @Test
    void trimsNamesAndWebsite() {
        MemberCompany company = MemberCompany.admitted(PROFILE, LocalDate.of(2022, 6, 20));
        assertEquals("https://harbor.example", company.website());
    }

    @Test
    void refusesAnInvalidUbn() {
        CompanyProfile bad = new CompanyProfile("04595258", "X", "Ｘ", IndustryGroup.STEEL, District.XIAOGANG, null);
        assertThrows(IllegalArgumentException.class, () -> MemberCompany.applicant(bad));
    }

    @Test
    void suspendReinstateAndWithdrawFollowTheMembershipStates() {
        MemberCompany company = MemberCompany.admitted(PROFILE, LocalDate.of(2022, 6, 20));
        company.suspend();
        assertEquals(MembershipStatus.SUSPENDED, company.membershipStatus());
        company.reinstate();
        assertEquals(MembershipStatus.ACTIVE, company.membershipStatus());
        company.withdraw();
        assertEquals(MembershipStatus.WITHDRAWN, company.membershipStatus());
    }

    @Test
    void refusesIllegalMembershipMovesWithAMessageKey() {
        MemberCompany applicant = MemberCompany.applicant(PROFILE);
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, applicant::suspend);
        assertEquals("company.membership.illegalMove", refused.messageKey());
        assertThrows(DomainRuleViolation.class, applicant::withdraw);
        assertThrows(DomainRuleViolation.class, applicant::reinstate);

        MemberCompany active = MemberCompany.admitted(PROFILE, LocalDate.of(2022, 6, 20));
        assertThrows(DomainRuleViolation.class, () -> active.activate(LocalDate.now()));
    }

    @Test
    void theUbnCannotBeChangedByANewProfile() {
        MemberCompany company = MemberCompany.admitted(PROFILE, LocalDate.of(2022, 6, 20));
        CompanyProfile other = new CompanyProfile("04702088", "Other", "其他", IndustryGroup.STEEL, District.XIAOGANG, null);
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> company.describe(other));
        assertEquals("company.ubn.immutable", refused.messageKey());
    }

    private static final Instant APPLIED = Instant.parse("2026-03-02T01:00:00Z");
    private static final MembershipApplication APPLICATION = new MembershipApplication(PROFILE,
            new ApplicationContact(" Lin Mei-hua ", "mei-hua.lin@harbor.example", "07-336-8333#12"), "  ");

    @Test
    void anApplicationKeepsItsContactPersonAndTime() {
        MemberCompany company = MemberCompany.applicant(APPLICATION, APPLIED);
        assertEquals(MembershipStatus.APPLICANT, company.membershipStatus());
        assertEquals(new ApplicationContact("Lin Mei-hua", "mei-hua.lin@harbor.example", "07-336-8333#12"),
                company.contact().orElseThrow());
        assertNull(company.motivation());
        assertEquals(APPLIED, company.appliedAt());
    }

    @Test
    void approvingRecordsWhoDecidedAndWhen() {
        MemberCompany company = MemberCompany.applicant(APPLICATION, APPLIED);
        Instant decided = APPLIED.plusSeconds(86_400);
        company.approve("reviewer@secretariat.example", decided, LocalDate.of(2026, 3, 3));
        assertEquals(MembershipStatus.ACTIVE, company.membershipStatus());
        assertEquals(LocalDate.of(2026, 3, 3), company.joinedOn());
        assertEquals("reviewer@secretariat.example", company.decidedBy());
        assertEquals(decided, company.decidedAt());
    }

    @Test
    void rejectingNeedsAReasonAtTheReasonField() {
        MemberCompany company = MemberCompany.applicant(APPLICATION, APPLIED);
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class,
                () -> company.reject("reviewer@secretariat.example", APPLIED, "  "));
        assertEquals("reason", refused.field());
        assertEquals("company.application.reasonRequired", refused.messageKey());
        assertEquals(MembershipStatus.APPLICANT, company.membershipStatus());

        company.reject("reviewer@secretariat.example", APPLIED, " Not based in Kaohsiung. ");
        assertEquals(MembershipStatus.REJECTED, company.membershipStatus());
        assertEquals("Not based in Kaohsiung.", company.decisionReason());
        assertNull(company.joinedOn());
    }

    @Test
    void onlyAnApplicantIsApprovedOrRejectedAndOnlyARejectedOneReapplies() {
        MemberCompany active = MemberCompany.admitted(PROFILE, LocalDate.of(2022, 6, 20));
        assertThrows(DomainRuleViolation.class, () -> active.reject("r@s.example", APPLIED, "why"));
        assertThrows(DomainRuleViolation.class, () -> active.approve("r@s.example", APPLIED, LocalDate.of(2026, 1, 1)));
        assertThrows(DomainRuleViolation.class, () -> active.reapply(APPLICATION, APPLIED));

        MemberCompany rejected = MemberCompany.applicant(APPLICATION, APPLIED);
        rejected.reject("r@s.example", APPLIED, "Missing documents");
        Instant again = APPLIED.plusSeconds(3_600);
        rejected.reapply(APPLICATION, again);
        assertEquals(MembershipStatus.APPLICANT, rejected.membershipStatus());
        assertEquals(again, rejected.appliedAt());
        assertNull(rejected.decisionReason());
        assertTrue(rejected.contact().isPresent());
    }

    @Test
    void theSecretariatExtendsTheCommitmentOfAnActiveMemberOnly() {
        MemberCompany company = MemberCompany.admitted(PROFILE, LocalDate.of(2022, 6, 20));
        company.extendCommitment(LocalDate.of(2027, 3, 31), " Merger ", "reviewer@secretariat.example",
                Instant.parse("2026-12-04T02:00:00Z"), LocalDate.of(2026, 12, 4));
        assertEquals(LocalDate.of(2027, 3, 31), company.commitmentWindow().orElseThrow().deadline());
        assertEquals("Merger", company.commitmentExtensionReason());
        assertEquals("reviewer@secretariat.example", company.commitmentExtendedBy());

        MemberCompany applicant = MemberCompany.applicant(PROFILE);
        assertTrue(applicant.commitmentWindow().isEmpty());
        assertThrows(DomainRuleViolation.class, () -> applicant.extendCommitment(LocalDate.of(2027, 3, 31), "Merger",
                "reviewer@secretariat.example", Instant.parse("2026-12-04T02:00:00Z"), LocalDate.of(2026, 12, 4)));
    }
}
