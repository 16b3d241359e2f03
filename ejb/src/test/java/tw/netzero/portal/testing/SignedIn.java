package tw.netzero.portal.testing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import tw.netzero.portal.domain.model.account.Roles;

/**
 * Signs a user in for the rest of an in-container test, through the real identity store
 * (the same Jakarta Security path the login page takes), so service calls run as that user
 * with their roles and their company.
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(loginPage = "/login"))
@DeclareRoles({Roles.MEMBER, Roles.MEMBER_ADMIN, Roles.REVIEWER, Roles.SECRETARIAT_ADMIN,
        Roles.PROVIDER, Roles.JUROR})
@ApplicationScoped
public class SignedIn {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    public void as(String email, String password) {
        AuthenticationStatus status = securityContext.authenticate(request, noResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Could not sign in as " + email + ": " + status);
        }
    }

    /** The test request's response is not reachable here; sign-in writes nothing to it. */
    private static HttpServletResponse noResponse() {
        return (HttpServletResponse) Proxy.newProxyInstance(SignedIn.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    Class<?> type = method.getReturnType();
                    if (type == boolean.class) {
                        return false;
                    }
                    if (type == int.class) {
                        return 0;
                    }
                    return type == String.class && args != null && args.length > 0 ? args[0] : null;
                });
    }
}
