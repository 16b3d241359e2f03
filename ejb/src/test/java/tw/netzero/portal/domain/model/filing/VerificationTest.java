package tw.netzero.portal.domain.model.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Scope;

class VerificationTest {

    @ParameterizedTest
    @EnumSource(value = AssuranceLevel.class, names = {"LIMITED", "REASONABLE"})
    void assuranceNeedsTheVerifier(AssuranceLevel level) {
        assertEquals("filing.verification.verifierRequired", assertThrows(DomainRuleViolation.class,
                () -> new Verification(Scope.SCOPE_1, level, " ", "ISO 14064-3")).messageKey());
    }

    @Test
    void keepsVerifierAndStandardOfAnAssuredScope() {
        Verification verification = new Verification(Scope.SCOPE_2, AssuranceLevel.REASONABLE, " Harbor Certification ",
                "ISO 14064-3");
        assertEquals("Harbor Certification", verification.verifier());
        assertEquals("ISO 14064-3", verification.standard());
    }

    @Test
    void anUnverifiedScopeNamesNoVerifier() {
        Verification verification = new Verification(Scope.SCOPE_3, AssuranceLevel.NONE, "Someone", "ISO 14064-3");
        assertNull(verification.verifier());
        assertNull(verification.standard());
        assertEquals(AssuranceLevel.NONE, Verification.unverified(Scope.SCOPE_3).level());
    }
}
