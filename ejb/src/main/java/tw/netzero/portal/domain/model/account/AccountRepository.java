package tw.netzero.portal.domain.model.account;

import java.util.List;
import java.util.Optional;

/** User accounts and their one-time tokens. */
public interface AccountRepository {

    Optional<UserAccount> find(long id);

    Optional<UserAccount> findByEmail(String email);

    /**
     * The account, locked for the rest of the transaction: sign-in attempts on one account are
     * checked one after the other, so parallel guesses each count (none slips past the delay,
     * none fails on a version conflict).
     */
    Optional<UserAccount> findByEmailForSignIn(String email);

    List<UserAccount> ofCompany(long companyId);

    List<UserAccount> secretariat();

    void add(UserAccount account);

    void add(AccountToken token);

    Optional<AccountToken> findToken(String secret);

    /** The account's links that are neither used nor cancelled (expired ones too). */
    List<AccountToken> openTokensOf(long accountId);
}
