package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The audit trail names records by company and year, labels values and translates the portal's own
 * phrases on the Chinese page, wraps long details and lines its filters up (issue 20, defect 5).
 * The lines are written as the services write them, with ids (FilingService, AccountService).
 */
class AuditTrailInBrowserIT extends BrowserTest {

    private static final String LONG_WORD = "sha256-" + "0123456789abcdef".repeat(16);

    private String filingId;
    private String year;

    @BeforeEach
    void writeLinesWithIds() {
        Database database = database();
        String steel = database.value("SELECT id FROM member_company WHERE ubn = ?", DemoUsers.STEEL_UBN);
        filingId = database.value("SELECT MAX(id) FROM progress_filing WHERE company_id = ? AND status = 'ACCEPTED'", steel);
        year = database.value("SELECT reporting_year FROM progress_filing WHERE id = ?", filingId);
        database.update("DELETE FROM audit_entry WHERE id >= 990100");
        database.update("INSERT INTO audit_entry (id, occurred_at, actor, action, target_type, target_id, details)"
                + " VALUES (990101, CURRENT_TIMESTAMP(6), 'reviewer@netzero-alliance.example', 'FILING_ACCEPTED', 'filing', ?, ?)",
                filingId, "company " + steel + ", " + year + " revision 1, ACCEPTED");
        database.update("INSERT INTO audit_entry (id, occurred_at, actor, action, target_type, target_id, details)"
                + " VALUES (990102, CURRENT_TIMESTAMP(6), 'admin@netzero-alliance.example', 'ACCOUNT_INVITED', 'company', ?, ?)",
                steel, "new@harbor-crest-steel.example as MEMBER_ADMIN");
        database.update("INSERT INTO audit_entry (id, occurred_at, actor, action, target_type, target_id, details)"
                + " VALUES (990103, CURRENT_TIMESTAMP(6), 'admin@netzero-alliance.example', 'HISTORY_IMPORTED', NULL, NULL, ?)",
                LONG_WORD);
    }

    @Test
    void theTrailSaysWhichCompanyAndYearInBothLanguages() {
        signIn(DemoUsers.SECRETARIAT_ADMIN);
        browser.driver().get(portalUri("/secretariat/audit.xhtml?lang=en").toString());
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("audit:entries")));
        String english = browser.driver().findElement(By.id("audit:entries")).getText();
        browser.screenshot("audit-en");
        assertTrue(english.contains("Harbor Crest Steel Corporation · " + year + " filing"), english);
        assertTrue(english.contains("Harbor Crest Steel Corporation, " + year + " revision 1, Accepted"), english);
        assertTrue(english.contains("as Member administrator"), english);
        assertFalse(english.contains("filing " + filingId) || english.contains("ACCEPTED") || english.contains("MEMBER_ADMIN"),
                english);
        checkTheLayout();

        browser.driver().get(portalUri("/secretariat/audit.xhtml?lang=zh-TW").toString());
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("audit:entries")));
        String chinese = browser.driver().findElement(By.id("audit:entries")).getText();
        browser.screenshot("audit-zh-TW");
        assertTrue(chinese.contains("港峰鋼鐵股份有限公司 · " + year + " 年度進度申報"), chinese);
        assertTrue(chinese.contains(year + " 修訂 1, 已受理"), chinese);
        assertTrue(chinese.contains("身分 會員管理者"), chinese);
        assertTrue(chinese.contains("受理進度申報") || chinese.contains("已受理"), chinese);
        assertFalse(chinese.contains("ACCEPTED") || chinese.contains("MEMBER_ADMIN") || chinese.contains(" revision "),
                chinese);
        checkTheLayout();
    }

    /** No column behind a scrollbar; the filters' fields and button end on one line. */
    private void checkTheLayout() {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Object fits = js.executeScript("const t = document.querySelector('#audit\\\\:entries table');"
                + " return t.getBoundingClientRect().right <= document.getElementById('main').getBoundingClientRect().right + 1;");
        assertTrue(Boolean.TRUE.equals(fits), "the table fits the page");
        List<WebElement> controls = List.of(browser.driver().findElement(By.id("audit:actor")),
                browser.driver().findElement(By.id("audit:action")),
                browser.driver().findElement(By.id("audit:from_input")),
                browser.driver().findElement(By.id("audit:apply")));
        int bottom = controls.get(0).getRect().getY() + controls.get(0).getRect().getHeight();
        for (int i = 1; i < controls.size(); i++) {
            int previousRight = controls.get(i - 1).getRect().getX() + controls.get(i - 1).getRect().getWidth();
            assertTrue(previousRight <= controls.get(i).getRect().getX(), controls.get(i - 1).getAttribute("id")
                    + " runs into " + controls.get(i).getAttribute("id"));
        }
        for (WebElement control : controls) {
            int controlBottom = control.getRect().getY() + control.getRect().getHeight();
            assertTrue(Math.abs(controlBottom - bottom) <= 3, control.getAttribute("id") + " ends at " + controlBottom
                    + ", the name field at " + bottom);
        }
    }
}
