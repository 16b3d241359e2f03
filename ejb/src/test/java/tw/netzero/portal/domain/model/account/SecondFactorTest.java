package tw.netzero.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.account.UserAccount.SecondFactorCheck;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

/** The second factor on the account: enrolment, codes once each, recovery codes once each. */
class SecondFactorTest {

    private static final Instant T = Instant.parse("2026-12-04T10:00:10Z");
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static UserAccount reviewer() {
        return UserAccount.secretariat("reviewer@example.org", "Reviewer", Role.REVIEWER, T);
    }

    private static String codeAt(Instant now) {
        return TotpCodes.codeFor(SECRET, TotpCodes.stepAt(now));
    }

    /** A code of no step near {@code now}. */
    private static String wrongCodeAt(Instant now) {
        long step = TotpCodes.stepAt(now);
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            boolean nearNow = false;
            for (long s = step - 1; s <= step + 1; s++) {
                nearNow |= TotpCodes.codeFor(SECRET, s).equals(code);
            }
            if (!nearNow) {
                return code;
            }
        }
    }

    @Test
    void secretariatMustHaveASecondFactorAndMembersMay() {
        assertTrue(reviewer().isSecondFactorDue());
        UserAccount member = UserAccount.ofCompany(1L, "m@example.org", "Member", Role.MEMBER, T);
        assertFalse(member.isSecondFactorDue());
        member.enrol(SECRET, RecoveryCodes.newCodes(), T);
        assertTrue(member.isSecondFactorDue());
        member.removeSecondFactor();
        assertFalse(member.isSecondFactorDue());
        UserAccount reviewer = reviewer();
        reviewer.enrol(SECRET, List.of(), T);
        assertEquals("account.secondFactor.required",
                assertThrows(DomainRuleViolation.class, reviewer::removeSecondFactor).messageKey());
    }

    @Test
    void enrolmentIsConfirmedOnlyWithACodeOfTheNewSecretAndGivesTenRecoveryCodes() {
        UserAccount account = reviewer();
        account.startEnrolment(SECRET);
        assertFalse(account.hasSecondFactor());
        assertEquals(List.of(), account.confirmEnrolment(wrongCodeAt(T), T));
        assertFalse(account.hasSecondFactor());
        List<String> codes = account.confirmEnrolment(codeAt(T), T);
        assertEquals(RecoveryCodes.COUNT, codes.size());
        assertTrue(account.hasSecondFactor());
        assertEquals(RecoveryCodes.COUNT, account.recoveryCodesLeft());
        assertThrows(DomainRuleViolation.class, () -> account.startEnrolment(TotpCodes.newSecret()));
    }

    @Test
    void theCodeThatConfirmedEnrolmentDoesNotSignInAgain() {
        UserAccount account = reviewer();
        account.startEnrolment(SECRET);
        account.confirmEnrolment(codeAt(T), T);
        assertEquals(SecondFactorCheck.REPLAYED, account.checkSecondFactor(codeAt(T), T.plusSeconds(5)));
    }

    @Test
    void aCodeIsAcceptedOnce() {
        UserAccount account = reviewer();
        account.enrol(SECRET, List.of(), T);
        assertEquals(SecondFactorCheck.CODE, account.checkSecondFactor(codeAt(T), T));
        assertEquals(SecondFactorCheck.REPLAYED, account.checkSecondFactor(codeAt(T), T.plusSeconds(1)));
        assertEquals(SecondFactorCheck.REFUSED, account.checkSecondFactor(wrongCodeAt(T), T.plusSeconds(1)));
        Instant later = T.plusSeconds(TotpCodes.STEP_SECONDS);
        assertEquals(SecondFactorCheck.CODE, account.checkSecondFactor(codeAt(later), later));
    }

    @Test
    void aRecoveryCodeWorksOnceWhateverItsCaseOrDashes() {
        UserAccount account = reviewer();
        List<String> codes = RecoveryCodes.newCodes();
        account.enrol(SECRET, codes, T);
        String typed = codes.get(3).replace("-", " ").toLowerCase();
        assertEquals(SecondFactorCheck.RECOVERY_CODE, account.checkSecondFactor(typed, T));
        assertEquals(SecondFactorCheck.REFUSED, account.checkSecondFactor(codes.get(3), T));
        assertEquals(RecoveryCodes.COUNT - 1, account.recoveryCodesLeft());
    }

    @Test
    void aRecoveryCodeTypedWithDigitsForLookAlikeLettersIsTheSameCode() {
        assertEquals(RecoveryCodes.hashOf("OIBA-AAAA-AAAA-AAAA-AAAA-AAAA"), RecoveryCodes.hashOf("018a aaaa aaaa aaaa aaaa aaaa"));
    }

    @Test
    void regeneratedRecoveryCodesReplaceTheOldOnes() {
        UserAccount account = reviewer();
        List<String> old = RecoveryCodes.newCodes();
        account.enrol(SECRET, old, T);
        List<String> fresh = account.regenerateRecoveryCodes();
        assertEquals(SecondFactorCheck.REFUSED, account.checkSecondFactor(old.get(0), T));
        assertEquals(SecondFactorCheck.RECOVERY_CODE, account.checkSecondFactor(fresh.get(0), T));
    }

    @Test
    void recoveryCodesAreDistinctAndCarryAtLeast112Bits() {
        List<String> codes = RecoveryCodes.newCodes();
        assertEquals(RecoveryCodes.COUNT, codes.stream().distinct().count());
        assertTrue(RecoveryCodes.ENTROPY_BITS >= 112);
        assertTrue(codes.get(0).matches("([A-Z2-7]{4}-){5}[A-Z2-7]{4}"), codes.get(0));
    }
}
