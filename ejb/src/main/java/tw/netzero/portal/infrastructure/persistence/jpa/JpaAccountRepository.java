package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.domain.model.account.AccountRepository;
import tw.netzero.portal.domain.model.account.AccountToken;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.account.UserAccount;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(entityManager.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        return entityManager.createNamedQuery(UserAccount.FIND_BY_EMAIL, UserAccount.class)
                .setParameter("email", UserAccount.normalise(email))
                .getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> findByEmailForSignIn(String email) {
        return entityManager.createNamedQuery(UserAccount.FIND_BY_EMAIL, UserAccount.class)
                .setParameter("email", UserAccount.normalise(email))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> ofCompany(long companyId) {
        return entityManager.createNamedQuery(UserAccount.OF_COMPANY, UserAccount.class)
                .setParameter("companyId", companyId).getResultList();
    }

    @Override
    public List<UserAccount> secretariat() {
        return entityManager.createNamedQuery(UserAccount.SECRETARIAT, UserAccount.class)
                .setParameter("roles", List.of(Role.REVIEWER, Role.SECRETARIAT_ADMIN)).getResultList();
    }

    @Override
    public void add(UserAccount account) {
        entityManager.persist(account);
    }

    @Override
    public void add(AccountToken token) {
        // A token refers to its account by id only, so EclipseLink cannot order the INSERTs:
        // write a new account first.
        entityManager.flush();
        entityManager.persist(token);
    }

    @Override
    public Optional<AccountToken> findToken(String secret) {
        return entityManager.createNamedQuery(AccountToken.FIND_BY_HASH, AccountToken.class)
                .setParameter("hash", AccountToken.hash(secret))
                .getResultStream().findFirst();
    }

    @Override
    public List<AccountToken> openTokensOf(long accountId) {
        return entityManager.createNamedQuery(AccountToken.OPEN_OF_ACCOUNT, AccountToken.class)
                .setParameter("account", accountId).getResultList();
    }
}
