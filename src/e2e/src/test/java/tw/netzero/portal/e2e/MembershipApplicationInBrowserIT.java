package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A company applies through the public form (a wrong UBN is refused at its field first); the
 * reviewer finds it on the secretariat's overview, opens it and approves it; the contact person
 * receives the acknowledgement and then the invitation, and the company is an active member.
 */
class MembershipApplicationInBrowserIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("test.smtp.port", 3025), "127.0.0.1", "smtp"));

    private static final String UBN = "10458575";
    private static final String CONTACT = "ya-ting.chen@qijin-cement.example";

    @Test
    void aCompanyAppliesAndTheSecretariatAdmitsIt() throws Exception {
        browser.driver().get(portalUri("/public/members.xhtml").toString());
        browser.driver().findElement(By.linkText("Apply to join")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/public/apply.xhtml"));
        type("application:ubn", "10458576");
        type("application:nameEn", "Qijin Cement Works");
        type("application:nameZh", "旗津水泥廠");
        selectMenu("application:industryGroup", "Circular economy");
        selectMenu("application:district", "Qijin");
        type("application:name", "Chen Ya-ting");
        type("application:email", CONTACT);
        type("application:phone", "07-571-0000");
        browser.driver().findElement(By.id("application:submit")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("application"), "check digit"));
        browser.screenshot("apply-wrong-ubn");
        assertEquals("0", database().value("SELECT COUNT(*) FROM member_company WHERE ubn IN ('10458576', ?)", UBN));

        WebElement ubn = browser.driver().findElement(By.id("application:ubn"));
        ubn.clear();
        ubn.sendKeys(UBN);
        browser.driver().findElement(By.id("application:submit")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("applicationReceived")));
        browser.screenshot("apply-received");
        assertEquals("APPLICANT", database().value("SELECT membership_status FROM member_company WHERE ubn = ?", UBN));
        assertTrue(SMTP.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), 1), "the acknowledgement arrives");

        signIn(DemoUsers.REVIEWER);
        browser.waiting().until(ExpectedConditions.urlContains("/secretariat/home.xhtml"));
        assertTrue(browser.driver().findElement(By.id("queue-APPLICATION")).getText().contains("1"));
        browser.driver().findElement(By.cssSelector("#queue-APPLICATION a")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/secretariat/reviews.xhtml"));
        String applicants = database().value("SELECT COUNT(*) FROM member_company WHERE membership_status = 'APPLICANT'");
        assertEquals("Membership applications (" + applicants + ")",
                browser.driver().findElement(By.cssSelector("#APPLICATION h2")).getText(),
                "the heading counts the queue, not 0 before the table has loaded");
        browser.driver().findElement(By.linkText("Qijin Cement Works")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("decision:approve")));
        browser.screenshot("application-review");
        browser.driver().findElement(By.id("decision:approve")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), CONTACT));

        assertEquals("ACTIVE", database().value("SELECT membership_status FROM member_company WHERE ubn = ?", UBN));
        browser.driver().get(portalUri("/secretariat/home.xhtml?lang=zh-TW").toString());
        assertTrue(browser.driver().findElement(By.tagName("h1")).getText().contains("秘書處總覽"));
        assertTrue(browser.driver().findElement(By.id("queue-APPLICATION")).getText().contains("目前沒有待辦"));
        browser.screenshot("secretariat-home-zh-TW");
        browser.driver().get(portalUri("/public/apply.xhtml").toString());
        assertTrue(browser.driver().findElement(By.tagName("h1")).getText().contains("申請加入聯盟"));
        browser.screenshot("apply-zh-TW");
        assertEquals("MEMBER_ADMIN", database().value("SELECT role FROM user_account WHERE email = ?", CONTACT));
        assertTrue(SMTP.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), 2), "the invitation arrives");
        assertTrue(Arrays.stream(SMTP.getReceivedMessages()).map(MimeMessage.class::cast).allMatch(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(CONTACT);
            } catch (jakarta.mail.MessagingException unreadable) {
                return false;
            }
        }));
    }

    private void type(String id, String text) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
