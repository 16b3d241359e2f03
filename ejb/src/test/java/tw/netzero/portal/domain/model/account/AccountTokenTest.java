package tw.netzero.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

class AccountTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void aCancelledLinkIsRefusedLikeAUsedOne() {
        AccountToken token = AccountToken.issue(TokenPurpose.PASSWORD_RESET, 7L, ISSUED).token();
        token.cancel(ISSUED.plusSeconds(60));
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> token.redeem(ISSUED.plusSeconds(120)));
        assertEquals("token.used", refused.messageKey());
    }

    @Test
    void cancellingAUsedLinkKeepsWhenItWasUsed() {
        AccountToken token = AccountToken.issue(TokenPurpose.INVITATION, 7L, ISSUED).token();
        token.redeem(ISSUED.plusSeconds(60));
        token.cancel(ISSUED.plusSeconds(120));
        assertEquals(ISSUED.plusSeconds(60), token.usedAt());
    }

    @Test
    void saysWhyALinkCannotBeUsedBeforeAnyoneTypesAPassword() {
        AccountToken token = AccountToken.issue(TokenPurpose.INVITATION, 7L, ISSUED).token();
        assertEquals(Optional.empty(), token.refusal(ISSUED.plus(AccountToken.VALIDITY).minusSeconds(1)));
        assertEquals(Optional.of("token.expired"), token.refusal(ISSUED.plus(AccountToken.VALIDITY)));
        token.redeem(ISSUED.plusSeconds(60));
        assertEquals(Optional.of("token.used"), token.refusal(ISSUED.plusSeconds(120)));
    }
}
