package tw.netzero.portal.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"name@company.com.tw", "first.last+esg@example.org", "o'neil@kh-steel.tw",
            "a@b.co", "x_y-z@sub.domain.example", "陳@公司.台灣", "user@xn--kpry57d.xn--kpry57d"})
    void acceptsAddressesWithADomainThatHasADot(String address) {
        assertTrue(EmailAddress.isValid(address));
        assertTrue(new ValidEmail.Validator().isValid(address, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b", "name@localhost", "name@company.", "name@.company.com", "name@company..com",
            "@company.com", "name@", "name", "na me@company.com", "name@com pany.com", "a@b@c.com",
            ".name@company.com", "name.@company.com", "na..me@company.com", "name@-company.com",
            "name@company-.com", "name@company.c0m", "name@company.c", "<script>@x.com", "name@company.com\n",
            "name@company.com\u202E", "\"quoted\"@company.com", ""})
    void refusesAddressesThePortalCannotSendTo(String address) {
        assertFalse(EmailAddress.isValid(address), address);
        assertFalse(new ValidEmail.Validator().isValid(address, null), address);
    }

    @Test
    void refusesOverLongAddressesAndParts() {
        String label = "a".repeat(63);
        String fits = "x@" + label + "." + label + "." + label + "." + "a".repeat(57) + ".tw";
        assertTrue(fits.length() <= EmailAddress.MAX_LENGTH && fits.length() > 250, "length " + fits.length());
        assertTrue(EmailAddress.isValid(fits));
        assertFalse(EmailAddress.isValid("xy" + fits.substring(1)));
        assertTrue(EmailAddress.isValid("a".repeat(64) + "@company.tw"));
        assertFalse(EmailAddress.isValid("a".repeat(65) + "@company.tw"));
        assertFalse(EmailAddress.isValid("a@" + "b".repeat(64) + ".tw"));
        assertFalse(EmailAddress.isValid("a".repeat(10_000) + "@company.tw"));
    }

    @Test
    void nullIsLeftToTheRequiredRule() {
        assertTrue(EmailAddress.isValid(null));
    }
}
