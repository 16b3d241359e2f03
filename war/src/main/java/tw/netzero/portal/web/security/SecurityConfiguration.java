package tw.netzero.portal.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import tw.netzero.portal.domain.model.account.Roles;

/**
 * Jakarta Security for the portal: a JSF login page (custom form mechanism) in front of the
 * database identity store ({@code infrastructure.security.PortalIdentityStore}). Pages under
 * /member and /secretariat are protected in web.xml; services check roles and data again.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/public/login.xhtml", errorPage = "",
                useForwardToLogin = false))
@DeclareRoles({Roles.MEMBER, Roles.MEMBER_ADMIN, Roles.REVIEWER, Roles.SECRETARIAT_ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
