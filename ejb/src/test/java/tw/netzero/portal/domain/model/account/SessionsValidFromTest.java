package tw.netzero.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which sessions an account keeps signed in after a new password or being disabled (decision 0036). */
class SessionsValidFromTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant PASSWORD_SET = Instant.parse("2026-03-02T08:00:00Z");

    private static UserAccount account() {
        return UserAccount.ofCompany(7L, "admin@nanzi.example", "Admin", Role.MEMBER_ADMIN, CREATED);
    }

    @Test
    void anAccountThatNeverHadANewPasswordKeepsEverySession() {
        assertTrue(account().keepsSessionSignedInAt(CREATED.minusSeconds(1)));
    }

    @Test
    void aNewPasswordEndsTheSessionsSignedInBeforeItAndKeepsTheOnesFromThatMomentOn() {
        UserAccount account = account();
        account.changePassword("hash", PASSWORD_SET);
        assertFalse(account.keepsSessionSignedInAt(PASSWORD_SET.minusMillis(1)));
        assertTrue(account.keepsSessionSignedInAt(PASSWORD_SET));
        assertTrue(account.keepsSessionSignedInAt(PASSWORD_SET.plusSeconds(1)));
    }

    @Test
    void aDisabledAccountKeepsNoSessionNotEvenALaterOne() {
        UserAccount account = account();
        account.disable(PASSWORD_SET);
        assertFalse(account.keepsSessionSignedInAt(PASSWORD_SET.minusSeconds(1)));
        assertFalse(account.keepsSessionSignedInAt(PASSWORD_SET.plusSeconds(1)));
        account.enable();
        assertFalse(account.keepsSessionSignedInAt(PASSWORD_SET.minusSeconds(1)), "enabling again brings no old session back");
        assertTrue(account.keepsSessionSignedInAt(PASSWORD_SET.plusSeconds(1)));
    }
}
