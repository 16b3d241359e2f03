package tw.netzero.portal.domain.model.account;

/** Turns passwords into stored hashes and checks them (PBKDF2 in infrastructure.security). */
public interface PasswordHashing {

    String hash(char[] password);

    boolean verify(char[] password, String storedHash);
}
