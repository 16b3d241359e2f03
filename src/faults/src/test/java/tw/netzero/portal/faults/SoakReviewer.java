package tw.netzero.portal.faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tw.netzero.portal.testkit.FacesClient;
import tw.netzero.portal.testkit.SignInCodes;

/**
 * A secretariat reviewer in the soak, one of the demo's two accounts with a second factor (README):
 * signs in with a code computed from the account's published key ({@link SignInCodes} hands each
 * session a step the portal has not accepted yet), opens the review queue, reads a filing waiting
 * there and accepts it, or returns one in four with a comment. Two reviewers may pick the same
 * filing: the second is told it is decided already, which is no error.
 */
final class SoakReviewer implements SoakLoad.User {

    /** A demo secretariat account: e-mail, password and TOTP key (README's demo sign-ins). */
    record Account(String email, String password, String totpKey) {
    }

    static final List<Account> DEMO = List.of(
            new Account("reviewer@netzero-alliance.example", "Reviewer-Demo-2050", "NETZEROALLIANCEDEMOREVIEWERKEY22"),
            new Account("admin@netzero-alliance.example", "Secretariat-Demo-2050", "NETZEROALLIANCEDEMOADMINSECRET22"));

    private static final String WHO = "reviewer";
    private static final Duration SHORTEST_THOUGHT = Duration.ofSeconds(5);
    private static final Duration LONGEST_THOUGHT = Duration.ofSeconds(20);
    private static final String QUEUE = "/secretariat/reviews.xhtml";

    private final SoakLoad load;
    private final OwnPayara portal;
    private final Account account;
    private final Random random;
    private PortalClient reviewer;
    private boolean signedIn;

    SoakReviewer(SoakLoad load, OwnPayara portal, Account account, Random random) {
        this.load = load;
        this.portal = portal;
        this.account = account;
        this.random = random;
        this.reviewer = PortalClient.pausing(portal, "en");
    }

    @Override
    public void visit() throws InterruptedException {
        if (!signedIn) {
            load.signIn(WHO, reviewer, account.email(), account.password(), () -> SignInCodes.next(account.totpKey()));
            signedIn = true;
            think();
        }
        open(QUEUE);
        load.expect(!reviewer.last().uri().getPath().endsWith(FacesClient.LOGIN_PAGE), WHO,
                () -> account.email() + ": signed out before the idle timeout");
        List<String> waiting = reviewer.page().select("a[href*='filing-review.xhtml']").eachAttr("href");
        if (waiting.isEmpty()) {
            load.done("reviewer found the queue empty");
            think();
            return;
        }
        think();
        open(waiting.get(random.nextInt(waiting.size())));
        if (reviewer.page().getElementById("decision:accept") == null) {
            load.done("reviewer found the filing decided");
            think();
            return;
        }
        think();
        boolean accept = random.nextInt(4) > 0;
        load.send(WHO, accept ? "accept" : "return", () -> reviewer.submit("decision",
                Map.of("comment", accept ? "Figures checked against the inventory report." : "Please attach the verification statement."),
                accept ? "accept" : "return"));
        String said = SoakLoad.messages(reviewer);
        load.expect(said.contains(accept ? "is accepted" : "is returned") || said.contains("already decided"), WHO,
                () -> "decision not confirmed on " + reviewer.last().uri() + ": " + said);
        load.done(said.contains("already decided") ? "filing decided by another reviewer first"
                : accept ? "filing accepted" : "filing returned");
        think();
    }

    @Override
    public void forget() {
        signedIn = false;
        reviewer = PortalClient.pausing(portal, "en");
    }

    private void open(String path) {
        load.send(WHO, "GET " + path, () -> reviewer.get(path));
    }

    private void think() throws InterruptedException {
        load.think(random, SHORTEST_THOUGHT, LONGEST_THOUGHT);
    }
}
