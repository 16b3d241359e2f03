package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 20, defect 14 and feature 1, in Chromium and both languages: a member restates the steel
 * company's base year from its approved total to 12 t; without evidence it is refused at the field;
 * with a file it waits for review and the public still sees the accepted total; the secretariat
 * accepts it (in Chinese); then the public profile and the API show it, and the member's own pledge
 * page shows the pledge's review history and the restatement's, in English and Chinese.
 */
class RestatementReviewInBrowserIT extends BrowserTest {

    private static final String RESTATED = "12";

    @Test
    void aRestatementIsSubmittedReviewedAndOnlyThenPublic() throws Exception {
        BigDecimal approvedTotal = publicBaseYearTotal();
        long versionBefore = publicDataVersion();

        signIn(DemoUsers.STEEL_MEMBER);
        browser.driver().get(portalUri("/member/pledge.xhtml?lang=en").toString());
        browser.driver().findElement(By.id("restatement:newTotal")).sendKeys(RESTATED);
        browser.driver().findElement(By.id("restatement:explanation")).sendKeys("Unit error: kt were typed as t");
        browser.driver().findElement(By.id("restatement:record")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("restatement"),
                "needs at least one evidence file"));
        assertEquals("0", database().value("SELECT COUNT(*) FROM base_year_restatement"));
        browser.screenshot("restatement-refused-without-evidence");

        Path pdf = Files.createTempFile("recalculated-inventory", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.driver().findElement(By.id("restatement:evidence_input")).sendKeys(pdf.toString());
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("restatement:chosen"),
                pdf.getFileName().toString()));
        browser.driver().findElement(By.id("restatement:record")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("restatementWaiting")));
        assertTrue(browser.driver().findElement(By.id("restatements")).getText().contains("Waiting for review"));
        browser.screenshot("restatement-waiting");
        assertEquals("SUBMITTED|1", database().value("SELECT CONCAT(r.status, '|', COUNT(e.id)) FROM base_year_restatement r"
                + " LEFT JOIN restatement_evidence e ON e.restatement_id = r.id GROUP BY r.id, r.status"));
        assertEquals(versionBefore, publicDataVersion(), "a submitted restatement changes no public data");
        assertEquals(0, approvedTotal.compareTo(publicBaseYearTotal()), "the public sees the accepted total only");

        browser.driver().get(portalUri("/member/pledge.xhtml?lang=zh-TW").toString());
        assertTrue(browser.driver().findElement(By.id("restatements")).getText().contains("待審查"));
        browser.screenshot("restatement-waiting-zh");
        browser.driver().get(portalUri("/member/pledge.xhtml?lang=en").toString());

        signOut();
        signIn(DemoUsers.REVIEWER);
        browser.driver().get(portalUri("/secretariat/reviews.xhtml?lang=zh-TW").toString());
        String queue = browser.driver().findElement(By.id("RESTATEMENT")).getText();
        assertTrue(queue.contains("待審基準年重新計算 (1)") && queue.contains("12"), queue);
        // A queue like the others (issue 20, feature 3): found by UBN, days waiting, claimed, audited.
        browser.driver().get(portalUri("/secretariat/reviews.xhtml?q=" + DemoUsers.PETROCHEMICAL_UBN).toString());
        assertEquals("待審基準年重新計算 (0)", browser.driver().findElement(By.cssSelector("#RESTATEMENT h2")).getText());
        browser.driver().get(portalUri("/secretariat/reviews.xhtml?q=" + DemoUsers.STEEL_UBN).toString());
        assertEquals("待審基準年重新計算 (1)", browser.driver().findElement(By.cssSelector("#RESTATEMENT h2")).getText());
        assertEquals("0", browser.driver().findElement(By.cssSelector("#RESTATEMENT td.days-waiting")).getText());
        assertEquals("12", browser.driver().findElement(By.cssSelector("#RESTATEMENT td.detail")).getText());
        browser.driver().findElement(By.cssSelector("#RESTATEMENT button.claim")).click();
        String reviewer = database().value("SELECT display_name FROM user_account WHERE email = ?", DemoUsers.REVIEWER.email);
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#RESTATEMENT td.assignee"), reviewer));
        assertEquals("1", database().value("SELECT COUNT(*) FROM audit_entry WHERE action = 'REVIEW_ASSIGNED'"
                + " AND target_type = 'restatement'"));
        assertEquals(List.of(), AccessibilityBasics.problems(browser.driver()));
        scrollTo("RESTATEMENT");
        browser.screenshot("restatement-queue-claimed-zh");
        browser.driver().findElement(By.cssSelector("#RESTATEMENT a.company-name")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/secretariat/restatement-review.xhtml"));
        String figures = browser.driver().findElement(By.id("figures")).getText();
        assertTrue(figures.contains("變動超過 50%") && figures.contains("Unit error"), figures);
        assertTrue(browser.driver().findElement(By.id("evidence")).getText().contains(pdf.getFileName().toString()));
        browser.driver().findElement(By.id("decision:comment")).sendKeys("查證聲明書已確認");
        browser.screenshot("restatement-review-zh");
        browser.driver().findElement(By.id("decision:accept")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已受理此重新計算"));
        browser.screenshot("restatement-accepted-zh");
        browser.driver().get(portalUri("/secretariat/reviews.xhtml?lang=en").toString());
        assertTrue(publicDataVersion() > versionBefore, "accepting it changes public data");

        // The public profile and the open-data API show the accepted total (bounded wait: pages are
        // served per public data version, which an instance reads again at most every second).
        browser.waiting().withTimeout(Duration.ofSeconds(20)).until(driver ->
                new BigDecimal(RESTATED).compareTo(publicBaseYearTotal()) == 0);
        browser.driver().get(portalUri("/public/member.xhtml?lang=en&ubn=" + DemoUsers.STEEL_UBN).toString());
        String ledger = browser.driver().findElement(By.id("ledger")).getText();
        assertTrue(ledger.contains("12 t"), ledger);
        assertFalse(ledger.contains("Unit error"), "the explanation stays private");
        assertTrue(browser.driver().findElement(By.id("preCheckRestated")).isDisplayed(),
                "the pre-check badge says the restated pledge is to be resubmitted");
        browser.screenshot("restatement-public-profile");

        signOut();
        signIn(DemoUsers.STEEL_MEMBER);
        browser.driver().get(portalUri("/member/my-pledge.xhtml?lang=en").toString());
        String history = browser.driver().findElement(By.tagName("main")).getText();
        assertTrue(history.contains("Review history") && history.contains("Approved") && history.contains("Pledge in force"),
                history);
        String restatements = browser.driver().findElement(By.id("restatements")).getText();
        assertTrue(restatements.contains("Accepted") && restatements.contains("查證聲明書已確認"), restatements);
        browser.screenshot("my-pledge");
        browser.driver().get(portalUri("/member/my-pledge.xhtml?lang=zh-TW").toString());
        String historyZh = browser.driver().findElement(By.tagName("main")).getText();
        assertTrue(historyZh.contains("審查紀錄") && historyZh.contains("已受理"), historyZh);
        browser.screenshot("my-pledge-zh");
        browser.driver().get(portalUri("/member/my-pledge.xhtml?lang=en").toString());
    }

    /** The base-year total the public sees now: the ledger's current total (the open-data API). */
    private static BigDecimal publicBaseYearTotal() {
        JsonObject member = json(new JsfClient().get("/api/members/" + DemoUsers.STEEL_UBN).body());
        JsonObject restatements = member.isNull("restatements") ? null : member.getJsonObject("restatements");
        return restatements == null ? member.getJsonObject("pledge").getJsonNumber("baseYearTotalTonnes").bigDecimalValue()
                : restatements.getJsonNumber("currentBaseYearTotalTonnes").bigDecimalValue();
    }

    private static long publicDataVersion() {
        return Long.parseLong(database().value("SELECT version FROM public_data_version WHERE id = 1"));
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
