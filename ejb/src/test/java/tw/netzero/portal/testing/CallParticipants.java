package tw.netzero.portal.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import tw.netzero.portal.domain.model.account.PasswordHashing;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.solutions.SolutionProvider;

/**
 * Providers and jurors of the call for solutions for the in-container tests, with
 * {@link TwoCompanies#PASSWORD} (written after {@link TwoCompanies#reset}, which clears them), and
 * the passage of time for a call: its opening and closing moved around now, as days going by would.
 */
@ApplicationScoped
public class CallParticipants {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Resource
    private UserTransaction transaction;

    @Inject
    private PasswordHashing hashing;

    private String passwordHash;

    /** A verified provider of the organisation; returns the account id. */
    public long provider(String email, String organisation, String country) throws Exception {
        transaction.begin();
        UserAccount account = account(email, Role.PROVIDER);
        entityManager.persist(new SolutionProvider(account.id(), organisation, country, Instant.now()));
        transaction.commit();
        return account.id();
    }

    /** A juror account (not yet seated on any call); returns the account id. */
    public long juror(String email) throws Exception {
        transaction.begin();
        UserAccount account = account(email, Role.JUROR);
        transaction.commit();
        return account.id();
    }

    private UserAccount account(String email, Role role) {
        if (passwordHash == null) {
            passwordHash = hashing.hash(TwoCompanies.PASSWORD.toCharArray());
        }
        Instant now = Instant.now();
        UserAccount account = UserAccount.callParticipant(email, email.substring(0, email.indexOf('@')), role, now);
        account.changePassword(passwordHash, now);
        entityManager.persist(account);
        entityManager.flush();
        return account;
    }

    /** The call has opened an hour ago and closes in an hour. */
    public void open(long callId) throws Exception {
        move(callId, Instant.now().minusSeconds(3600), Instant.now().plusSeconds(3600));
    }

    /** The call's deadline passed a minute ago: the jury sits. */
    public void close(long callId) throws Exception {
        move(callId, Instant.now().minusSeconds(7200), Instant.now().minusSeconds(60));
    }

    private void move(long callId, Instant opensAt, Instant closesAt) throws Exception {
        transaction.begin();
        int moved = entityManager.createNativeQuery("UPDATE solution_call SET opens_at = ?, closes_at = ? WHERE id = ?")
                .setParameter(1, LocalDateTime.ofInstant(opensAt, ZoneOffset.UTC))
                .setParameter(2, LocalDateTime.ofInstant(closesAt, ZoneOffset.UTC))
                .setParameter(3, callId).executeUpdate();
        transaction.commit();
        if (moved != 1) {
            throw new IllegalStateException("no call " + callId);
        }
        entityManager.getEntityManagerFactory().getCache().evictAll();
    }
}
