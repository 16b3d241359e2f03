package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
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
 * The secretariat admin's reporting cycles and overdue filings in Chromium, on the demo data, whose
 * cycles follow the day it is loaded (issue 20, defect 15): last year's open and due in the future,
 * the year before closed. Open a cycle for an earlier year, see who is overdue, remind a company now
 * (the mails are caught by a real SMTP server in this JVM) and find it in the audit.
 */
class CyclesInBrowserIT extends BrowserTest {

    private static final String STEEL = "Harbor Crest Steel Corporation";
    private static final String NANZI = "Nanzi Semiconductor Packaging Co., Ltd.";

    /** The demo's open cycle: last year's in Kaohsiung. */
    private static final Year OPEN = DemoYears.open();
    private static final Year CLOSED = DemoYears.lastFiled();
    /** Opened by the test: due on 30 June of the closed cycle's year, long past. */
    private static final Year EARLIER = CLOSED.minusYears(1);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("test.smtp.port", 3025), "127.0.0.1", "smtp"));

    @Test
    void theDemoCyclesLeaveNobodyOverdueOnTheDayTheDemoStarts() {
        LocalDate openDue = LocalDate.parse(database().value(
                "SELECT due_date FROM reporting_cycle WHERE reporting_year = ?", OPEN.getValue()));
        assertTrue(openDue.isAfter(LocalDate.now(DemoYears.ALLIANCE_ZONE).plusDays(14)), openDue::toString);

        signIn(DemoUsers.ELECTRONICS_ADMIN);
        browser.waiting().until(ExpectedConditions.urlContains("/member/home.xhtml"));
        String due = browser.driver().findElement(By.cssSelector("#newFiling .due")).getText();
        browser.screenshot("member-due-next");
        assertTrue(due.contains(String.valueOf(OPEN.getValue())), due);
        assertTrue(due.contains(openDue.format(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH))), due);
        // Defect 3: the year offered first is the year due, not the year after the base year.
        assertEquals(String.valueOf(OPEN.getValue()), browser.driver().findElement(By.id("newFiling:year_label")).getText());

        browser.driver().get(portalUri("/member/home.xhtml?lang=zh-TW").toString());
        String dueZh = browser.driver().findElement(By.cssSelector("#newFiling .due")).getText();
        browser.screenshot("member-due-next-zh-TW");
        assertTrue(dueZh.contains("下一期應申報") && dueZh.contains(String.valueOf(openDue.getYear())), dueZh);
        assertEquals(String.valueOf(OPEN.getValue()), browser.driver().findElement(By.id("newFiling:year_label")).getText());
    }

    @Test
    void theAdminOpensACycleSeesWhoIsOverdueAndRemindsACompanyNow() throws Exception {
        signIn(DemoUsers.SECRETARIAT_ADMIN);
        browser.waiting().until(ExpectedConditions.urlContains("/secretariat/home.xhtml"));
        browser.driver().get(portalUri("/secretariat/cycles.xhtml").toString());
        String cycles = browser.driver().findElement(By.id("cycles:table")).getText();
        assertTrue(cycles.contains(OPEN.toString()) && cycles.contains("Open"), cycles);
        assertTrue(cycles.contains(CLOSED.toString()) && cycles.contains("Closed"), cycles);

        String earlierDue = EARLIER.plusYears(1) + "-06-30";
        WebElement year = browser.driver().findElement(By.id("open:reportingYear_input"));
        year.sendKeys(Keys.chord(Keys.CONTROL, "a"), EARLIER.toString(), Keys.TAB);
        untilDueDateProposed(earlierDue);
        browser.driver().findElement(By.id("open:submit")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "The reporting cycle " + EARLIER + " is open; filings are due on " + earlierDue + "."));
        assertTrue(browser.driver().findElement(By.id("cycles:table")).getText().contains(EARLIER.toString()));

        year = browser.driver().findElement(By.id("open:reportingYear_input"));
        year.sendKeys(Keys.chord(Keys.CONTROL, "a"), OPEN.toString(), Keys.TAB);
        untilDueDateProposed(OPEN.plusYears(1) + "-06-30");
        browser.driver().findElement(By.id("open:submit")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("open"),
                "The reporting year " + OPEN + " has a cycle already"));
        browser.screenshot("cycles");

        browser.driver().get(portalUri("/secretariat/overdue.xhtml").toString());
        String overdue = browser.driver().findElement(By.id("main")).getText();
        assertTrue(overdue.contains("Reporting year " + EARLIER + " · due on " + earlierDue), overdue);
        assertTrue(overdue.contains("Overdue by"), overdue);
        assertTrue(overdue.contains(NANZI), overdue);
        // The demo's open cycle is due months ahead: not on the page (issue 20, defect 15).
        assertFalse(overdue.contains("Reporting year " + OPEN), overdue);
        browser.screenshot("overdue");

        WebElement nanziRow = browser.driver().findElements(By.cssSelector("#overdue tr")).stream()
                .filter(row -> row.getText().contains(NANZI) && row.getText().contains(DemoUsers.ELECTRONICS_UBN))
                .filter(row -> row.findElements(By.cssSelector(".remind-now")).size() == 1)
                .findFirst()
                .orElseThrow();
        nanziRow.findElement(By.cssSelector(".remind-now")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "A reminder went to 1 user(s) of " + NANZI + "."));
        assertTrue(SMTP.waitForIncomingEmail(10_000, 1), "one mail");
        Set<String> recipients = Arrays.stream(SMTP.getReceivedMessages())
                .map(CyclesInBrowserIT::recipient).collect(Collectors.toSet());
        assertEquals(Set.of(DemoUsers.ELECTRONICS_ADMIN.email), recipients);
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            assertTrue(mail.getSubject().contains("overdue since " + earlierDue), mail.getSubject());
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
        assertEquals("Overdue filings", browser.driver().findElement(By.tagName("h1")).getText());
        assertTrue(browser.driver().findElements(By.id("overdue:sendScheduled")).isEmpty(), "admin only");
        // The demo's open cycle is due months ahead whatever the day it was loaded: nobody is listed
        // under it (issue 20, defect 15), in either language.
        String overdue = browser.driver().findElement(By.id("overdue")).getText();
        assertFalse(overdue.contains("Reporting year " + OPEN.getValue() + " ·"), overdue);
        browser.screenshot("overdue-on-the-first-day-en");
        browser.driver().get(portalUri("/secretariat/overdue.xhtml?lang=zh-TW").toString());
        String overdueZh = browser.driver().findElement(By.id("overdue")).getText();
        assertFalse(overdueZh.contains(OPEN.getValue() + " 年度 · 截止日"), overdueZh);
        browser.screenshot("overdue-on-the-first-day-zh-TW");
        browser.driver().get(portalUri("/secretariat/overdue.xhtml?lang=en").toString());
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
