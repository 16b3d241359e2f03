package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 20, feature 3: the secretariat's workbench. A reviewer finds a waiting application and
 * filing by name or UBN and narrows the queues by group, status and days waiting (the filters are
 * the address), sees how many days each has waited, claims the filing (audited; the other reviewers
 * see who is on it), compares its figures with the previous year's and the pathway; the secretariat
 * admin, in Chinese, sees the claim, assigns the filing to themself and hands it back; Companies is
 * searched by UBN. (The restatement queue: RestatementReviewInBrowserIT.)
 */
class SecretariatWorkbenchInBrowserIT extends BrowserTest {

    /** A valid UBN (domain brief) given to the applicant below. */
    private static final String APPLICANT_UBN = "00651474";
    private static final long APPLICANT_ID = 990_210;
    private static final long FILING_ID = 990_201;
    private static final int APPLICANT_DAYS_WAITING = 12;

    private String companyEn;
    private String companyZh;

    @BeforeEach
    void anApplicationAndAFilingWaiting() {
        Database db = database();
        String companyId = db.value("SELECT id FROM member_company WHERE ubn = ?", DemoUsers.PETROCHEMICAL_UBN);
        companyEn = db.value("SELECT name_en FROM member_company WHERE id = ?", companyId);
        companyZh = db.value("SELECT name_zh FROM member_company WHERE id = ?", companyId);
        db.update("DELETE FROM review_assignment WHERE item_id IN (?, ?)", APPLICANT_ID, FILING_ID);
        db.update("DELETE FROM progress_filing_scope3 WHERE filing_id = ?", FILING_ID);
        db.update("DELETE FROM progress_filing WHERE id = ?", FILING_ID);
        db.update("DELETE FROM member_company WHERE id = ?", APPLICANT_ID);
        assertEquals(1, db.update("INSERT INTO member_company (id, ubn, name_en, name_zh, industry_group, district,"
                + " membership_status, contact_name, contact_email, applied_at, version)"
                + " VALUES (?, ?, 'Workbench Applicant Ltd.', '工作台申請股份有限公司', 'ENERGY', 'NANZI', 'APPLICANT',"
                + " 'Applicant Contact', 'workbench-contact@example.com', NOW(6) - INTERVAL ? DAY - INTERVAL 1 HOUR, 0)",
                APPLICANT_ID, APPLICANT_UBN, APPLICANT_DAYS_WAITING));
        // The year after the latest accepted one, submitted 3 days ago: scope 1 is 10 % below that
        // year's, the rest the same (scope 3 lines copied, so the filing is complete and judged).
        String previousId = db.value("SELECT id FROM progress_filing WHERE company_id = ? AND status = 'ACCEPTED'"
                + " AND superseded = FALSE ORDER BY reporting_year DESC LIMIT 1", companyId);
        assertEquals(1, db.update("INSERT INTO progress_filing (id, company_id, reporting_year, revision, status,"
                + " superseded, scope1_tonnes, scope2_location_tonnes, scope2_market_tonnes, energy_mwh,"
                + " renewable_share_percent, reduction_actions, scope1_assurance, scope1_verifier, scope1_standard,"
                + " scope2_assurance, scope2_verifier, scope2_standard, scope3_assurance, scope3_verifier,"
                + " scope3_standard, submitted_at, version, imported)"
                + " SELECT ?, company_id, reporting_year + 1, 1, 'SUBMITTED', FALSE, scope1_tonnes * 0.9,"
                + " scope2_location_tonnes, scope2_market_tonnes, energy_mwh, renewable_share_percent, reduction_actions,"
                + " scope1_assurance, scope1_verifier, scope1_standard, scope2_assurance, scope2_verifier,"
                + " scope2_standard, scope3_assurance, scope3_verifier, scope3_standard, NOW(6) - INTERVAL 3 DAY, 0, FALSE"
                + " FROM progress_filing WHERE id = ?", FILING_ID, previousId));
        db.update("INSERT INTO progress_filing_scope3 (id, filing_id, category, entry_status, tonnes, reason)"
                + " SELECT 990300 + ROW_NUMBER() OVER (ORDER BY category), ?, category, entry_status, tonnes, reason"
                + " FROM progress_filing_scope3 WHERE filing_id = ?", FILING_ID, previousId);
    }

    @Test
    void searchesClaimsAssignsAndComparesInBothLanguages() {
        signIn(DemoUsers.REVIEWER);
        String reviewerName = database().value("SELECT display_name FROM user_account WHERE email = ?",
                DemoUsers.REVIEWER.email);

        // Search by name: the heading counts what the search finds; days waiting per item.
        browser.driver().get(portalUri("/secretariat/reviews.xhtml?q=Workbench+Applicant").toString());
        assertEquals("Membership applications (1)", text(By.cssSelector("#APPLICATION h2")));
        assertEquals(List.of("Workbench Applicant Ltd."), names("APPLICATION"));
        assertEquals(String.valueOf(APPLICANT_DAYS_WAITING), text(By.cssSelector("#APPLICATION td.days-waiting")));
        assertEquals("Submitted progress filings (0)", text(By.cssSelector("#FILING h2")));
        assertEquals(List.of(), AccessibilityBasics.problems(browser.driver()));
        // The filter bar: its labels on one line, the text field and the menus ending on one line.
        WebElement searchLabel = browser.driver().findElement(By.cssSelector("label[for='queues:search']"));
        WebElement groupLabel = browser.driver().findElement(By.cssSelector("label[for^='queues:group']"));
        assertEquals(searchLabel.getRect().getY(), groupLabel.getRect().getY(), 2, "labels on one line");
        assertEquals(bottom(By.id("queues:search")), bottom(By.id("queues:group")), 2, "fields end on one line");
        browser.screenshot("workbench-search-en");

        // Search by UBN through the filter bar: the address says what is filtered.
        WebElement search = browser.driver().findElement(By.id("queues:search"));
        search.clear();
        search.sendKeys(APPLICANT_UBN);
        browser.driver().findElement(By.id("queues:filter")).click();
        browser.waiting().until(ExpectedConditions.urlContains("q=" + APPLICANT_UBN));
        assertEquals(List.of("Workbench Applicant Ltd."), names("APPLICATION"));
        assertEquals(APPLICANT_UBN, browser.driver().findElement(By.id("queues:search")).getAttribute("value"));

        // The other filters, chosen in the bar, go into the address too: group, status, days waiting.
        selectMenu("queues:group", "Energy");
        selectMenu("queues:status", "Applied");
        selectMenu("queues:age", "At least 7 days");
        browser.driver().findElement(By.id("queues:filter")).click();
        browser.waiting().until(ExpectedConditions.urlContains("days=7"));
        String filtered = browser.driver().getCurrentUrl();
        assertTrue(filtered.contains("group=ENERGY") && filtered.contains("status=APPLICANT")
                && filtered.contains("q=" + APPLICANT_UBN), filtered);
        assertEquals(List.of("Workbench Applicant Ltd."), names("APPLICATION"));
        assertEquals("Submitted pledges (0)", text(By.cssSelector("#PLEDGE h2")), "no pledge waits as an applicant");
        assertEquals("Submitted base-year restatements (0)", text(By.cssSelector("#RESTATEMENT h2")));
        browser.screenshot("workbench-filtered-en");
        browser.driver().get(filtered.replace("days=7", "days=14"));
        assertEquals("Membership applications (0)", text(By.cssSelector("#APPLICATION h2")), "12 days are fewer than 14");

        // The filing: claimed by the reviewer, audited.
        browser.driver().get(portalUri("/secretariat/reviews.xhtml?q=" + encode(companyEn)).toString());
        assertEquals(List.of(companyEn), names("FILING"));
        assertEquals("3", text(By.cssSelector("#FILING td.days-waiting")));
        assertEquals("—", text(By.cssSelector("#FILING td.assignee")));
        browser.driver().findElement(By.cssSelector("#FILING button.claim")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#FILING td.assignee"), reviewerName));
        assertEquals("1", database().value("SELECT COUNT(*) FROM audit_entry WHERE action = 'REVIEW_ASSIGNED'"
                + " AND target_type = 'filing' AND target_id = ? AND details = ?", String.valueOf(FILING_ID),
                DemoUsers.REVIEWER.email));
        browser.screenshot("workbench-claimed-en");

        // The filing review: the figures beside the previous year and the pathway.
        browser.driver().findElement(By.cssSelector("#FILING a.company-name")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("compare-table")));
        assertEquals("-10.0 %", text(By.cssSelector("#compare-table tbody tr:first-child td.change")));
        assertTrue(text(By.id("pathway-line")).contains("the approved pledge allows"), text(By.id("pathway-line")));
        assertTrue(text(By.id("pathway-line")).matches(".*% (below|above) the pathway.*"), text(By.id("pathway-line")));
        assertEquals(List.of(), AccessibilityBasics.problems(browser.driver()));
        scrollTo(By.id("comparison"));
        browser.screenshot("workbench-filing-compared-en");
        signOut();

        // Another reviewer, in Chinese, sees who is on it, assigns it to themself, then hands it back.
        signIn(DemoUsers.SECRETARIAT_ADMIN);
        String adminName = database().value("SELECT display_name FROM user_account WHERE email = ?",
                DemoUsers.SECRETARIAT_ADMIN.email);
        browser.driver().get(portalUri("/secretariat/reviews.xhtml?q=" + encode(companyZh)).toString());
        browser.driver().findElement(By.linkText("繁體中文")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#FILING h2"), "待審進度申報 (1)"));
        assertTrue(browser.driver().getCurrentUrl().contains("q="), "the search survives the switch");
        assertEquals(reviewerName, text(By.cssSelector("#FILING td.assignee")));
        new Select(browser.driver().findElement(By.cssSelector("#FILING select"))).selectByVisibleText(adminName);
        browser.driver().findElement(By.cssSelector("#FILING button.assign")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#FILING td.assignee"), adminName));
        assertEquals(List.of(), AccessibilityBasics.problems(browser.driver()));
        browser.screenshot("workbench-assigned-zh-TW");
        browser.driver().findElement(By.cssSelector("#FILING button.release")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#FILING td.assignee"), "—"));
        assertEquals("1", database().value("SELECT COUNT(*) FROM audit_entry WHERE action = 'REVIEW_RELEASED'"
                + " AND target_type = 'filing' AND target_id = ?", String.valueOf(FILING_ID)));

        browser.driver().findElement(By.cssSelector("#FILING a.company-name")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("compare-table")));
        assertEquals("-10.0 %", text(By.cssSelector("#compare-table tbody tr:first-child td.change")));
        assertTrue(text(By.id("pathway-line")).contains("核准的減量承諾容許"), text(By.id("pathway-line")));
        scrollTo(By.id("comparison"));
        browser.screenshot("workbench-filing-compared-zh-TW");

        // Companies, searched by UBN, in Chinese.
        browser.driver().get(portalUri("/secretariat/companies.xhtml").toString());
        WebElement companies = browser.driver().findElement(By.id("q"));
        companies.sendKeys(APPLICANT_UBN);
        browser.driver().findElement(By.id("search-companies")).click();
        browser.waiting().until(ExpectedConditions.urlContains("q=" + APPLICANT_UBN));
        assertEquals("1 家公司", text(By.id("company-count")));
        assertEquals(List.of("工作台申請股份有限公司"), browser.driver()
                .findElements(By.cssSelector("#companies a.company-name")).stream().map(WebElement::getText).toList());
        assertEquals(List.of(), AccessibilityBasics.problems(browser.driver()));
        browser.screenshot("workbench-companies-zh-TW");
    }

    private List<String> names(String kind) {
        return browser.driver().findElements(By.cssSelector("#" + kind + " a.company-name")).stream()
                .map(WebElement::getText).toList();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void scrollTo(By locator) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.driver().findElement(locator));
    }

    private int bottom(By locator) {
        org.openqa.selenium.Rectangle box = browser.driver().findElement(locator).getRect();
        return box.getY() + box.getHeight();
    }

    private String text(By locator) {
        return browser.driver().findElement(locator).getText();
    }
}
