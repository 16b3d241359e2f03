package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.junit.jupiter.api.extension.RegisterExtension;
import tw.netzero.portal.testkit.SignInCodes;

/**
 * Invitations and password resets end to end: the page, the e-mail (caught by a real SMTP
 * server in this JVM), the one-time link, the password policy, signing in.
 */
class AccountLifecycleIT extends DeployedPortal {

    /** LoginThrottle.FIRST_DELAY (5 s, after the fourth failure in a row) with a tenth of a second to spare. */
    private static final Duration LOGIN_DELAY_AFTER_FOUR_FAILURES = Duration.ofMillis(5_100);

    private static final Pattern LINK = Pattern.compile("http://\\S+/public/set-password\\.xhtml\\?token=[A-Za-z0-9_-]+");
    private static final String NEW_PASSWORD = "Kaohsiung-Harbour-Breeze-42";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(Integer.getInteger("test.smtp.port", 3025), "127.0.0.1", "smtp"));

    @Test
    void anInvitedReviewerSetsAPasswordOnceThroughTheLinkAndSignsIn() throws Exception {
        String invitee = "new.reviewer@netzero-alliance.example";
        JsfClient admin = new JsfClient();
        assertTrue(admin.signIn(DemoUsers.SECRETARIAT_ADMIN.email, DemoUsers.SECRETARIAT_ADMIN.password));
        admin.get("/secretariat/accounts.xhtml");
        admin.submit("invite", Map.of("email", invitee, "displayName", "New Reviewer", "role_input", "REVIEWER"), "send");
        assertTrue(admin.last().body().contains("An invitation went to " + invitee), "confirmation shown");

        String link = linkIn(mailTo(invitee));
        JsfClient invited = new JsfClient();
        invited.get(path(link));
        invited.submit("password", Map.of("newPassword", "too-short", "confirmation", "too-short"), "submit");
        assertTrue(invited.last().body().contains("at least 12 characters"), "password policy: length");
        invited.submit("password", Map.of("newPassword", "password1234", "confirmation", "password1234"), "submit");
        assertTrue(invited.last().body().contains("too common"), "password policy: common passwords");
        invited.submit("password", Map.of("newPassword", invitee, "confirmation", invitee), "submit");
        assertTrue(invited.last().body().contains("must not be your e-mail address"), "password policy: e-mail");
        invited.submit("password", Map.of("newPassword", NEW_PASSWORD, "confirmation", NEW_PASSWORD), "submit");
        assertTrue(invited.last().body().contains("Your password is set"), invited.last().body());

        JsfClient replay = new JsfClient();
        assertRefusedAtOnce(replay.get(path(link)).body(), "This link has already been used", "Ask for a new link");
        assertRefusedAtOnce(replay.get(path(link) + "&lang=zh-TW").body(), "此連結已使用過", "重新申請連結");

        JsfClient signingIn = new JsfClient();
        assertFalse(signingIn.signIn(invitee, NEW_PASSWORD), "a reviewer sets up an authenticator app first");
        assertTrue(signingIn.isOnSecondFactorPage(), "the right password leads to the second factor");
        JsfClient wrongPassword = new JsfClient();
        assertFalse(wrongPassword.signIn(invitee, NEW_PASSWORD + "!"));
        assertFalse(wrongPassword.isOnSecondFactorPage());
    }

    @Test
    void aNewReviewerMustSetUpAnAuthenticatorAppAndThenSignsInWithItsCodes() throws Exception {
        String reviewer = "mfa.reviewer@netzero-alliance.example";
        JsfClient admin = new JsfClient();
        assertTrue(admin.signIn(DemoUsers.SECRETARIAT_ADMIN.email, DemoUsers.SECRETARIAT_ADMIN.password));
        admin.get("/secretariat/accounts.xhtml");
        admin.submit("invite", Map.of("email", reviewer, "displayName", "MFA Reviewer", "role_input", "REVIEWER"), "send");
        JsfClient invited = new JsfClient();
        invited.get(path(linkIn(mailTo(reviewer))));
        invited.submit("password", Map.of("newPassword", NEW_PASSWORD, "confirmation", NEW_PASSWORD), "submit");

        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            typePassword(browser, reviewer);
            browser.waiting().until(ExpectedConditions.urlContains(JsfClient.SECOND_FACTOR_PAGE));
            assertTrue(driver.findElement(By.id("secondFactor:qrCode")).getAttribute("src").startsWith("data:image/png;base64,"));
            String secret = driver.findElement(By.id("secret")).getText().replace(" ", "");
            browser.screenshot("second-factor-enrolment");
            driver.get(DeployedPortal.portalUri("/secretariat/home.xhtml").toString());
            browser.waiting().until(ExpectedConditions.urlContains("/public/login.xhtml"));

            driver.get(DeployedPortal.portalUri(JsfClient.SECOND_FACTOR_PAGE).toString());
            String enrolmentCode = SignInCodes.next(secret);
            enterCode(browser, enrolmentCode);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("recoveryCodes")));
            List<String> recoveryCodes = driver.findElements(By.cssSelector("#recoveryCodes code")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(10, recoveryCodes.size(), "ten recovery codes, shown once");
            browser.screenshot("second-factor-recovery-codes");
            driver.findElement(By.id("done:continue")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/secretariat/home.xhtml"));
            signOut(browser);

            typePassword(browser, reviewer);
            browser.waiting().until(ExpectedConditions.urlContains(JsfClient.SECOND_FACTOR_PAGE));
            enterCode(browser, enrolmentCode);
            assertTrue(driver.findElement(By.id("main")).getText().contains("Wrong or already used code"), "no replay");
            enterCode(browser, SignInCodes.next(secret));
            browser.waiting().until(ExpectedConditions.urlContains("/secretariat/home.xhtml"));
            signOut(browser);

            typePassword(browser, reviewer);
            browser.waiting().until(ExpectedConditions.urlContains(JsfClient.SECOND_FACTOR_PAGE));
            enterCode(browser, recoveryCodes.get(0));
            browser.waiting().until(ExpectedConditions.urlContains("/secretariat/home.xhtml"));
            signOut(browser);

            typePassword(browser, reviewer);
            browser.waiting().until(ExpectedConditions.urlContains(JsfClient.SECOND_FACTOR_PAGE));
            enterCode(browser, recoveryCodes.get(0));
            assertTrue(driver.findElement(By.id("main")).getText().contains("Wrong or already used code"),
                    "a recovery code works once");
            // The used recovery code was the first failure since the last sign-in; three more wrong
            // codes pass LoginThrottle.FREE_FAILURES (3), and then even the right code waits 5 s.
            String wrong = SignInCodes.current(secret).equals("000000") ? "111111" : "000000";
            // Taken before the wrong codes: next() may wait for the next 30-second step, longer than the delay.
            String right = SignInCodes.next(secret);
            for (int i = 0; i < 3; i++) {
                enterCode(browser, wrong);
            }
            enterCode(browser, right);
            assertTrue(driver.getCurrentUrl().contains(JsfClient.SECOND_FACTOR_PAGE), "delayed after repeated failures");
            browser.screenshot("second-factor-wrong-code");
            // Waits until the delay has passed by the database's clock (the last failure is stored in UTC),
            // without trying the code: an attempt inside the delay is throttled and audited again, and this
            // test counts those audits.
            browser.waiting().withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(100))
                    .until(ignored -> Long.parseLong(database().value("SELECT TIMESTAMPDIFF(MICROSECOND,"
                            + " last_failed_login, UTC_TIMESTAMP(6)) FROM user_account WHERE email = ?", reviewer))
                            >= LOGIN_DELAY_AFTER_FOUR_FAILURES.toNanos() / 1000);
            enterCode(browser, right);
            browser.waiting().until(ExpectedConditions.urlContains("/secretariat/home.xhtml"));

            driver.findElement(By.id("signOut:security")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/secretariat/security.xhtml"));
            assertTrue(driver.findElement(By.id("state")).getText().contains("Unused recovery codes: 9"));
            assertTrue(driver.findElements(By.id("security:disable")).isEmpty(), "reviewers keep their app");
            typeSecurityCode(browser, recoveryCodes.get(1));
            driver.findElement(By.id("security:regenerate")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("recoveryCodes")));
            assertEquals(10, driver.findElements(By.cssSelector("#recoveryCodes code")).size());
            browser.screenshot("second-factor-security-page");
        }
        assertEquals("1", database().value("SELECT COUNT(*) FROM audit_entry WHERE action = 'SECOND_FACTOR_ENROLLED' AND actor = ?", reviewer));
        // One to sign in, one to confirm the new codes.
        assertEquals("2", database().value("SELECT COUNT(*) FROM audit_entry WHERE action = 'RECOVERY_CODE_USED' AND actor = ?", reviewer));
        assertEquals("1", database().value("SELECT COUNT(*) FROM audit_entry WHERE action = 'RECOVERY_CODES_REGENERATED' AND actor = ?", reviewer));
        assertEquals("1", database().value("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN_THROTTLED' AND actor = ?", reviewer));
    }

    @Test
    void aMemberMaySetUpAnAuthenticatorAppAndRemoveItWithThePassword() {
        DemoUsers member = DemoUsers.ELECTRONICS_ADMIN;
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(DeployedPortal.portalUri("/public/login.xhtml").toString());
            driver.findElement(By.id("login:email")).sendKeys(member.email);
            driver.findElement(By.id("login:password")).sendKeys(member.password);
            driver.findElement(By.id("login:submit")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/member/"));
            driver.findElement(By.id("signOut:security")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/member/security.xhtml"));
            driver.findElement(By.id("security:start")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("secret")));
            String secret = driver.findElement(By.id("secret")).getText().replace(" ", "");
            browser.screenshot("member-security-enrol");
            typeSecurityCode(browser, SignInCodes.next(secret));
            driver.findElement(By.id("security:confirm")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("recoveryCodes")));
            assertTrue(driver.findElement(By.id("state")).getText().contains("Unused recovery codes: 10"));

            JsfClient signingIn = new JsfClient();
            assertFalse(signingIn.signIn(member.email, member.password), "now a code is due");
            assertTrue(signingIn.isOnSecondFactorPage());
            signingIn.submitSecondFactor(SignInCodes.next(secret));
            assertTrue(signingIn.last().uri().getPath().endsWith("/member/home.xhtml"), signingIn.last().uri().toString());

            typeSecurityCode(browser, "Wrong-Password-2050");
            driver.findElement(By.id("security:disable")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Wrong or already used code"));
            browser.screenshot("member-security-wrong");
            typeSecurityCode(browser, member.password);
            driver.findElement(By.id("security:disable")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "The authenticator app is removed"));
            assertTrue(new JsfClient().signIn(member.email, member.password), "the password alone again");
        } finally {
            // Other journeys sign in as this member with the password alone.
            database().update("DELETE FROM recovery_code WHERE account_id = (SELECT id FROM user_account WHERE email = ?)", member.email);
            database().update("UPDATE user_account SET totp_secret = NULL, totp_enrolled_at = NULL, totp_last_step = NULL,"
                    + " failed_logins = 0 WHERE email = ?", member.email);
        }
    }

    private static void typeSecurityCode(Browser browser, String code) {
        WebElement field = browser.driver().findElement(By.id("security:code"));
        field.clear();
        field.sendKeys(code);
    }

    private static void typePassword(Browser browser, String email) {
        browser.driver().get(DeployedPortal.portalUri("/public/login.xhtml").toString());
        browser.driver().findElement(By.id("login:email")).sendKeys(email);
        browser.driver().findElement(By.id("login:password")).sendKeys(NEW_PASSWORD);
        browser.driver().findElement(By.id("login:submit")).click();
    }

    private static void enterCode(Browser browser, String code) {
        WebElement field = browser.driver().findElement(By.id("secondFactor:code"));
        field.clear();
        field.sendKeys(code);
        browser.driver().findElement(By.id("secondFactor:submit")).click();
        browser.waiting().until(ExpectedConditions.stalenessOf(field));
    }

    private static void signOut(Browser browser) {
        browser.driver().findElement(By.id("signOut:signOutButton")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/public/members.xhtml"));
    }

    @Test
    void anExpiredLinkIsRefusedClearly() throws Exception {
        JsfClient visitor = new JsfClient();
        visitor.get("/public/forgot-password.xhtml");
        visitor.submit("forgot", Map.of("email", DemoUsers.STEEL_MEMBER.email), "submit");
        String link = linkIn(mailTo(DemoUsers.STEEL_MEMBER.email));
        database().update("UPDATE account_token SET expires_at = created_at - INTERVAL 1 SECOND");

        JsfClient late = new JsfClient();
        assertRefusedAtOnce(late.get(path(link)).body(), "This link has expired", "Ask for a new link");
        assertRefusedAtOnce(late.get(path(link) + "&lang=zh-TW").body(), "此連結已過期", "重新申請連結");
        assertTrue(new JsfClient().signIn(DemoUsers.STEEL_MEMBER.email, DemoUsers.STEEL_MEMBER.password),
                "the password is unchanged");
    }

    @Test
    void aPasswordResetByMailReplacesThePassword() throws Exception {
        JsfClient visitor = new JsfClient();
        visitor.get("/public/forgot-password.xhtml");
        visitor.submit("forgot", Map.of("email", DemoUsers.REVIEWER.email), "submit");
        assertTrue(visitor.last().body().contains("a link to set a new password is on its way"));
        visitor.get("/public/forgot-password.xhtml");
        visitor.submit("forgot", Map.of("email", "nobody@nowhere.example"), "submit");
        assertTrue(visitor.last().body().contains("a link to set a new password is on its way"),
                "the same answer for an unknown address");

        String link = linkIn(mailTo(DemoUsers.REVIEWER.email));
        JsfClient reset = new JsfClient();
        reset.get(path(link));
        reset.submit("password", Map.of("newPassword", NEW_PASSWORD, "confirmation", NEW_PASSWORD), "submit");
        assertTrue(reset.last().body().contains("Your password is set"));

        assertTrue(new JsfClient().signIn(DemoUsers.REVIEWER.email, NEW_PASSWORD));
        assertFalse(new JsfClient().signIn(DemoUsers.REVIEWER.email, DemoUsers.REVIEWER.password));
        assertEquals(0, SMTP.getReceivedMessagesForDomain("nowhere.example").length);
    }

    @Test
    void aNewerLinkCancelsTheOlderOnesAndANewPasswordEndsTheAccountsSessions() throws Exception {
        String email = DemoUsers.ELECTRONICS_ADMIN.email;
        List<String> links = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsfClient visitor = new JsfClient();
            visitor.get("/public/forgot-password.xhtml");
            visitor.submit("forgot", Map.of("email", email), "submit");
            assertTrue(SMTP.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), i + 1), "mail " + (i + 1));
            MimeMessage[] received = SMTP.getReceivedMessagesForDomain(email);
            links.add(linkIn(received[received.length - 1]));
        }
        // The same password again, so that the demo sign-in of other tests keeps working.
        String password = DemoUsers.ELECTRONICS_ADMIN.password;
        JsfClient signedIn = new JsfClient();
        assertTrue(signedIn.signIn(email, password));
        assertFalse(signedIn.get("/member/home.xhtml").uri().getPath().endsWith("/public/login.xhtml"));

        JsfClient first = new JsfClient();
        assertRefusedAtOnce(first.get(path(links.get(0))).body(), "replaced it", "Ask for a new link");

        JsfClient newest = new JsfClient();
        newest.get(path(links.get(2)));
        newest.submit("password", Map.of("newPassword", password, "confirmation", password), "submit");
        assertTrue(newest.last().body().contains("Your password is set"));
        assertTrue(signedIn.get("/member/home.xhtml").uri().getPath().endsWith("/public/login.xhtml"),
                "the new password ended the session opened before");
        assertTrue(new JsfClient().signIn(email, password));

        JsfClient again = new JsfClient();
        assertRefusedAtOnce(again.get(path(links.get(2))).body(), "already been used", "Ask for a new link");
    }

    /**
     * A link that can no longer set a password says why as soon as it opens, shows no password form
     * and links to the page that sends a new one (issue 20, defect 6).
     */
    private static void assertRefusedAtOnce(String body, String reason, String newLinkText) {
        assertTrue(body.contains(reason), body);
        assertFalse(body.contains("id=\"password\""), "no password form for a link that cannot be used");
        assertTrue(Pattern.compile("<a [^>]*href=\"[^\"]*/public/forgot-password\\.xhtml[^\"]*\"[^>]*>" + Pattern.quote(newLinkText) + "</a>")
                .matcher(body).find(), "a link to ask for a new one: " + body);
    }

    private static MimeMessage mailTo(String address) {
        assertTrue(SMTP.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), 1), "a mail arrives");
        return Arrays.stream(SMTP.getReceivedMessagesForDomain(address)).reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no mail to " + address));
    }

    private static String linkIn(MimeMessage message) throws Exception {
        String body = (String) message.getContent();
        assertTrue(body.contains("72"), "says how long the link lasts");
        Matcher matcher = LINK.matcher(body);
        assertTrue(matcher.find(), body);
        return matcher.group();
    }

    private static String path(String link) {
        return link.substring(link.indexOf("/public/"));
    }
}
