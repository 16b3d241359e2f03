package tw.netzero.portal.domain.model.filing;

import java.util.Objects;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Scope;

/**
 * Whether and by whom one scope of a filing was verified, and to which standard (such as
 * ISO 14064-3). Any assurance needs the verifier's name; without assurance there is no one to
 * name, so verifier and standard are dropped.
 */
public record Verification(Scope scope, AssuranceLevel level, String verifier, String standard) {

    public Verification {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(level, "level");
        if (level == AssuranceLevel.NONE) {
            verifier = null;
            standard = null;
        } else {
            if (verifier == null || verifier.isBlank()) {
                throw new DomainRuleViolation("filing.verification.verifierRequired", scope);
            }
            verifier = verifier.strip();
            standard = standard == null || standard.isBlank() ? null : standard.strip();
        }
    }

    public static Verification unverified(Scope scope) {
        return new Verification(scope, AssuranceLevel.NONE, null, null);
    }
}
