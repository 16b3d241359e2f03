package tw.netzero.portal.bench;

import java.net.URI;

/**
 * Signs in through the login form and prints the session cookie, for wrk runs against pages
 * that need a signed-in user: {@code SignIn <base-url> [email]} (default: the bench secretariat).
 */
public final class SignIn {

    private SignIn() {
    }

    public static void main(String[] args) {
        BenchClient client = new BenchClient(URI.create(args[0]));
        String email = args.length > 1 ? args[1] : BenchAccounts.SECRETARIAT_EMAIL;
        if (!client.signIn(email, BenchAccounts.PASSWORD)) {
            System.err.println("Sign-in refused for " + email);
            System.exit(1);
        }
        System.out.println("JSESSIONID=" + client.sessionId().orElseThrow());
    }
}
