package tw.netzero.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.infrastructure.security.CommonPasswordsAccess;

class PasswordPolicyTest {

    private static final String EMAIL = "ming.chen@harborcrest.example";
    private final PasswordPolicy policy = new PasswordPolicy(Set.of("password", "iloveyou", "password1234"));

    private Optional<String> check(String password) {
        return policy.violation(EMAIL, password == null ? null : password.toCharArray());
    }

    @Test
    void acceptsALongVariedPassphrase() {
        assertEquals(Optional.empty(), check("Kaohsiung-Harbour-Breeze-42"));
    }

    @Test
    void refusesElevenCharactersAndAcceptsTwelve() {
        assertEquals(Optional.of("password.tooShort"), check("Xq7!mR2pLw9"));
        assertEquals(Optional.empty(), check("Xq7!mR2pLw9z"));
        assertEquals(Optional.of("password.tooShort"), check(null));
    }

    @Test
    void refusesMoreThan128Characters() {
        String longest = "Ab3!-".repeat(25) + "xyz";
        assertEquals(Optional.empty(), check(longest));
        assertEquals(Optional.of("password.tooLong"), check(longest + "q"));
    }

    @Test
    void refusesAPasswordOfOnlyWhiteSpace() {
        assertEquals(Optional.of("password.blank"), check("            "));
        assertEquals(Optional.of("password.blank"), check("\t \u3000 \t \u3000 \t \u3000 "));
    }

    @Test
    void refusesFewerThanFiveDifferentCharactersAndAcceptsFive() {
        assertEquals(Optional.of("password.tooLittleVariety"), check("aaaaaaaaaaaa"));
        assertEquals(Optional.of("password.tooLittleVariety"), check("abababababab"));
        assertEquals(Optional.of("password.tooLittleVariety"), check("abcdabcdabcd"));
        assertEquals(Optional.empty(), check("abcdeabcdeab"));
    }

    @Test
    void refusesTheEmailAddressWhateverItsCaseOrSpaces() {
        assertEquals(Optional.of("password.sameAsEmail"), check(" Ming.Chen@HarborCrest.example "));
    }

    @Test
    void refusesACommonPasswordWhateverItsCase() {
        assertEquals(Optional.of("password.tooCommon"), check("PassWord1234"));
    }

    @Test
    void refusesACommonPasswordWithDigitsOrSymbolsAround() {
        assertEquals(Optional.of("password.tooCommon"), check("Password2024!"));
        assertEquals(Optional.of("password.tooCommon"), check("2050 iloveyou!!"));
        assertEquals(Optional.empty(), check("Password2024!x"), "a letter after the padding is not padding");
    }

    @Test
    void refusesACommonPasswordRepeated() {
        assertEquals(Optional.of("password.tooCommon"), check("iloveyouILOVEYOU"));
        assertEquals(Optional.of("password.tooCommon"), check("2024iloveyouiloveyou2024"));
    }

    @Test
    void theShippedListHasAFewHundredLowerCasePasswords() {
        Set<String> shipped = CommonPasswordsAccess.shipped();
        assertTrue(shipped.size() >= 300, "a few hundred: " + shipped.size());
        assertTrue(shipped.contains("123456") && shipped.contains("qwerty") && shipped.contains("password1234"));
        PasswordPolicy withShipped = new PasswordPolicy(shipped);
        assertEquals(Optional.of("password.tooCommon"), withShipped.violation(EMAIL, "Qwerty123456!".toCharArray()));
        assertEquals(Optional.of("password.tooCommon"), withShipped.violation(EMAIL, "Taiwan2050!!".toCharArray()));
        assertEquals(Optional.empty(), withShipped.violation(EMAIL, "Kaohsiung-Harbour-Breeze-42".toCharArray()));
    }
}
