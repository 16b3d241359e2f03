package tw.netzero.portal.domain.model.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

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
}
