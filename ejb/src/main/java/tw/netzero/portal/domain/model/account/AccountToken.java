package tw.netzero.portal.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

/**
 * A one-time link to set a password (invitation or reset). Only the SHA-256 of the token is
 * stored, so a database leak reveals no usable link. Valid for 72 hours, usable once.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.FIND_BY_HASH, query = "SELECT t FROM AccountToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = AccountToken.OPEN_OF_ACCOUNT,
        query = "SELECT t FROM AccountToken t WHERE t.accountId = :account AND t.usedAt IS NULL")
public class AccountToken {

    public static final String FIND_BY_HASH = "AccountToken.findByHash";
    public static final String OPEN_OF_ACCOUNT = "AccountToken.openOfAccount";
    public static final Duration VALIDITY = Duration.ofHours(72);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    @Id
    @TableGenerator(name = "account_token_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "account_token", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "account_token_id")
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 16)
    private TokenPurpose purpose;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
        // for JPA
    }

    private AccountToken(String tokenHash, TokenPurpose purpose, long accountId, Instant now) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.accountId = accountId;
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    /** A new token and the secret to put in the link (the only time the secret exists). */
    public record Issued(AccountToken token, String secret) {
    }

    public static Issued issue(TokenPurpose purpose, long accountId, Instant now) {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new AccountToken(hash(secret), purpose, accountId, now), secret);
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Marks the token used; refuses an expired or already used one with a clear message key. */
    public void redeem(Instant now) {
        refusal(now).ifPresent(key -> {
            throw new DomainRuleViolation(key);
        });
        usedAt = now;
    }

    /**
     * Why the link cannot be used now ({@code token.used} or {@code token.expired}), empty when it
     * can: the page behind the link says so when it opens, before anyone types a password.
     */
    public Optional<String> refusal(Instant now) {
        if (usedAt != null) {
            return Optional.of("token.used");
        }
        if (!now.isBefore(expiresAt)) {
            return Optional.of("token.expired");
        }
        return Optional.empty();
    }

    /**
     * Cancels a link that was not used: the account's password was set through another link, or
     * a newer link was sent. A cancelled link is refused like a used one ({@code token.used}).
     */
    public void cancel(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Long accountId() {
        return accountId;
    }

    public TokenPurpose purpose() {
        return purpose;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
