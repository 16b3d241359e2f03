package tw.netzero.portal.domain.model.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import tw.netzero.portal.domain.model.shared.Scope;

/** How a filing stores the {@link Verification} of one scope (columns per scope); JPA 3.1 cannot map a record. */
@Embeddable
public class VerificationLine implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "assurance_level", nullable = false, length = 16)
    private AssuranceLevel level;

    @Column(name = "verifier", length = ProgressFiling.VERIFIER_MAX)
    private String verifier;

    @Column(name = "verification_standard", length = ProgressFiling.STANDARD_MAX)
    private String standard;

    protected VerificationLine() {
        // for JPA
    }

    VerificationLine(Verification verification) {
        this.level = verification.level();
        this.verifier = verification.verifier();
        this.standard = verification.standard();
    }

    Verification toVerification(Scope scope) {
        return new Verification(scope, level, verifier, standard);
    }
}
