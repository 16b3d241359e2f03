package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The secretariat admin's reporting cycles and overdue filings in Chromium, on the demo data
 * (2024 closed, 2025 open and due on 30 June 2026): open a cycle, see who is overdue, remind a
 * company now (the mails are caught by a real SMTP server in this JVM) and find it in the audit.
 */
class CyclesInBrowserIT extends BrowserTest {

    private static final String STEEL = "Harbor Crest Steel Corporation";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("test.smtp.port", 3025), "127.0.0.1", "smtp"));

    @Test
    void theAdminOpensACycleSeesWhoIsOverdueAndRemindsACompanyNow() throws Exception {
        signIn(DemoUsers.SECRETARIAT_ADMIN);
        browser.waiting().until(ExpectedConditions.urlContains("/secretariat/home.xhtml"));
        browser.driver().get(portalUri("/secretariat/cycles.xhtml").toString());
        String cycles = browser.driver().findElement(By.id("cycles:table")).getText();
        assertTrue(cycles.contains("2025") && cycles.contains("Open"), cycles);
        assertTrue(cycles.contains("2024") && cycles.contains("Closed"), cycles);

        WebElement year = browser.driver().findElement(By.id("open:reportingYear_input"));
        year.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2023", Keys.TAB);
        untilDueDateProposed("2024-06-30");
        browser.driver().findElement(By.id("open:submit")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "The reporting cycle 2023 is open; filings are due on 2024-06-30."));
        assertTrue(browser.driver().findElement(By.id("cycles:table")).getText().contains("2023"));

        year = browser.driver().findElement(By.id("open:reportingYear_input"));
        year.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2025", Keys.TAB);
        untilDueDateProposed("2026-06-30");
        browser.driver().findElement(By.id("open:submit")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("open"),
                "The reporting year 2025 has a cycle already"));
        browser.screenshot("cycles");

        browser.driver().get(portalUri("/secretariat/overdue.xhtml").toString());
        String overdue = browser.driver().findElement(By.id("main")).getText();
        assertTrue(overdue.contains("Reporting year 2025 · due on 2026-06-30"), overdue);
        assertTrue(overdue.contains("Overdue by"), overdue);
        assertTrue(overdue.contains(STEEL), overdue);
        browser.screenshot("overdue");

        WebElement steelRow = browser.driver().findElements(By.cssSelector("#overdue tr")).stream()
                .filter(row -> row.getText().contains(STEEL) && row.getText().contains("13579113"))
                .filter(row -> row.findElements(By.cssSelector(".remind-now")).size() == 1)
                .findFirst() // only under 2025: Harbor Crest's 2023 filing is accepted
                .orElseThrow();
        steelRow.findElement(By.cssSelector(".remind-now")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "A reminder went to 2 user(s) of " + STEEL + "."));
        assertTrue(SMTP.waitForIncomingEmail(10_000, 2), "two mails");
        Set<String> recipients = Arrays.stream(SMTP.getReceivedMessages())
                .map(CyclesInBrowserIT::recipient).collect(Collectors.toSet());
        assertEquals(Set.of(DemoUsers.STEEL_ADMIN.email, DemoUsers.STEEL_MEMBER.email), recipients);
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            assertTrue(mail.getSubject().contains("overdue since 2026-06-30"), mail.getSubject());
        }
        assertEquals("1", database().value(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'REMINDER_SENT_MANUALLY' AND actor = ?",
                DemoUsers.SECRETARIAT_ADMIN.email));

        browser.driver().get(portalUri("/secretariat/overdue.xhtml?lang=zh-TW").toString());
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "逾期申報"));
        assertTrue(browser.driver().findElement(By.id("main")).getText().contains("已逾期"));
        browser.screenshot("overdue-zh");
        browser.driver().get(portalUri("/secretariat/cycles.xhtml").toString());
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "申報週期"));
        browser.screenshot("cycles-zh");
    }

    @Test
    void reviewersSeeTheOverdueListButNotTheCycles() {
        signIn(DemoUsers.REVIEWER);
        browser.waiting().until(ExpectedConditions.urlContains("/secretariat/"));
        browser.driver().get(portalUri("/secretariat/overdue.xhtml").toString());
        assertTrue(browser.driver().findElement(By.id("main")).getText().contains(STEEL));
        assertTrue(browser.driver().findElements(By.id("overdue:sendScheduled")).isEmpty(), "admin only");
        browser.driver().get(portalUri("/secretariat/cycles.xhtml").toString());
        assertTrue(browser.driver().findElement(By.tagName("body")).getText().contains("Not allowed"),
                "cycles are the secretariat admin's");
    }

    /** The form proposes the default due date for the year typed in (by Ajax, which replaces the field). */
    private void untilDueDateProposed(String dueDate) {
        browser.waiting().ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.id("open:dueDate_input"), "value", dueDate));
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
