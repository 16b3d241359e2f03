package tw.netzero.portal.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import tw.netzero.portal.domain.model.account.Roles;

/**
 * Jakarta Security for the portal: a JSF login page in front of the database identity store
 * ({@code infrastructure.security.PortalIdentityStore}), through {@link SessionSignIn}. Pages
 * under /member and /secretariat are protected in web.xml; services check roles and data again.
 */
@DeclareRoles({Roles.MEMBER, Roles.MEMBER_ADMIN, Roles.REVIEWER, Roles.SECRETARIAT_ADMIN,
        Roles.PROVIDER, Roles.JUROR})
@ApplicationScoped
public class SecurityConfiguration {
}
