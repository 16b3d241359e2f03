package tw.netzero.portal.infrastructure.security;

import java.util.Set;

/** The shipped list of common passwords, for unit tests in other packages. */
public final class CommonPasswordsAccess {

    private CommonPasswordsAccess() {
    }

    public static Set<String> shipped() {
        return CommonPasswords.load();
    }
}
