package tw.netzero.portal.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * What the second-factor page hands to {@code SecurityContext.authenticate}: the code from the
 * authenticator app (or a recovery code) of the caller whose password {@link SessionSignIn} has
 * already accepted in this session.
 */
record SecondFactorCredential(String code) implements Credential {

    @Override
    public String toString() {
        return "SecondFactorCredential[code withheld]";
    }
}
