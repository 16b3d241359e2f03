package tw.netzero.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import tw.netzero.portal.application.account.LoginService.LoginOutcome;
import tw.netzero.portal.application.account.LoginService;

/**
 * The database identity store: checks an e-mail and password against {@code user_account}
 * through {@link LoginService}, which also throttles and audits. Groups are the account's
 * role groups (see {@code Role#groups()}).
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    private LoginService logins;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginOutcome outcome = logins.attempt(credential.getCaller(), credential.getPassword().getValue());
        return outcome.succeeded()
                ? new CredentialValidationResult(outcome.email(), outcome.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        return logins.groupsOf(validationResult.getCallerPrincipal().getName());
    }
}
