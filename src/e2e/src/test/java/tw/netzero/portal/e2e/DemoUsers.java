package tw.netzero.portal.e2e;

import tw.netzero.portal.testkit.SignInCodes;

/** The demo sign-ins the run command creates (listed in README.md), used as test users. */
enum DemoUsers {
    SECRETARIAT_ADMIN("admin@netzero-alliance.example", "Secretariat-Demo-2050", "NETZEROALLIANCEDEMOADMINSECRET22"),
    REVIEWER("reviewer@netzero-alliance.example", "Reviewer-Demo-2050", "NETZEROALLIANCEDEMOREVIEWERKEY22"),
    STEEL_ADMIN("admin@harbor-crest-steel.example", "Member-Demo-2050"),
    STEEL_MEMBER("member@harbor-crest-steel.example", "Member-Demo-2050"),
    PETROCHEMICAL_ADMIN("admin@linyuan-aromatics-chemical.example", "Member-Demo-2050"),
    /** Nanzi Semiconductor Packaging: the demo company without a pledge. */
    ELECTRONICS_ADMIN("admin@nanzi-semiconductor-packaging.example", "Member-Demo-2050");

    /** Company of the steel users (Harbor Crest Steel) and of the petrochemical admin. */
    static final String STEEL_UBN = "13579113";
    static final String PETROCHEMICAL_UBN = "25099303";
    static final String ELECTRONICS_UBN = "35572200";

    final String email;
    final String password;
    /** The published TOTP secret of the demo reviewer and administrator (README.md); null for members. */
    final String totpSecret;

    DemoUsers(String email, String password) {
        this(email, password, null);
    }

    DemoUsers(String email, String password, String totpSecret) {
        this.email = email;
        this.password = password;
        this.totpSecret = totpSecret;
    }

    /** The demo user with this e-mail, if it is one. */
    static java.util.Optional<DemoUsers> withEmail(String email) {
        return java.util.Arrays.stream(values()).filter(user -> user.email.equalsIgnoreCase(email)).findFirst();
    }

    /** A sign-in code the portal has not accepted yet for this user ({@link SignInCodes}). */
    String nextCode() {
        return SignInCodes.next(totpSecret);
    }
}
