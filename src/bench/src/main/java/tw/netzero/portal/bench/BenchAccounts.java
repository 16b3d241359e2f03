package tw.netzero.portal.bench;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import tw.netzero.portal.infrastructure.security.Pbkdf2PasswordHashing;

/**
 * The sign-ins the generator creates and the drivers use. Every benchmark account has the same
 * password; its hash is computed once, in the format the portal's identity store reads
 * (Jakarta Security's Pbkdf2PasswordHash: {@code algorithm:iterations:salt:hash}, Base64).
 */
public final class BenchAccounts {

    public static final String PASSWORD = "Bench-Password-2050";
    public static final String SECRETARIAT_EMAIL = "secretariat@bench.example";
    /** The TOTP secret of the bench's secretariat accounts, from which {@link BenchClient} computes sign-in codes. */
    public static final String TOTP_SECRET = "BENCHSECRETARIATTOTPSECRETKEY222";

    private BenchAccounts() {
    }

    /** The member administrator of the company with this id. */
    public static String memberEmail(long companyId) {
        return "member" + companyId + "@bench.example";
    }

    static String passwordHash(Random random) {
        byte[] salt = new byte[Pbkdf2PasswordHashing.SALT_BYTES];
        random.nextBytes(salt);
        try {
            PBEKeySpec spec = new PBEKeySpec(PASSWORD.toCharArray(), salt, Pbkdf2PasswordHashing.ITERATIONS,
                    Pbkdf2PasswordHashing.KEY_BYTES * 8);
            byte[] hash = SecretKeyFactory.getInstance(Pbkdf2PasswordHashing.ALGORITHM).generateSecret(spec).getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return Pbkdf2PasswordHashing.ALGORITHM + ":" + Pbkdf2PasswordHashing.ITERATIONS + ":"
                    + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
