package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The secretariat administrator imports the sample history file of docs/bulk-import: the
 * preview shows the good rows and the errors and writes nothing; confirming imports the five
 * good rows for Nanzi Semiconductor Packaging, which the member then sees as accepted filings.
 */
class HistoryImportInBrowserIT extends BrowserTest {

    private static final Path SAMPLE = Path.of("..", "..", "docs", "bulk-import", "history-sample.csv")
            .toAbsolutePath().normalize();
    private static final String NANZI_FILINGS = "SELECT COUNT(*) FROM progress_filing f JOIN member_company c"
            + " ON c.id = f.company_id WHERE c.ubn = ? AND f.imported AND f.status = 'ACCEPTED'";

    @Test
    void previewsTheSampleWithItsErrorsThenImportsTheGoodRows() throws Exception {
        long filingsBefore = database().count("progress_filing");
        // Tall enough that the screenshots show the whole preview table.
        browser.driver().manage().window().setSize(new Dimension(1366, 2000));
        signIn(DemoUsers.SECRETARIAT_ADMIN);
        browser.driver().get(portalUri("/secretariat/import.xhtml?lang=en").toString());
        browser.driver().findElement(By.id("upload:file_input")).sendKeys(SAMPLE.toString());
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"),
                "8 rows: 5 can be imported, 3 have errors and will be skipped."));
        String preview = browser.driver().findElement(By.id("preview")).getText();
        assertTrue(preview.contains("Nanzi Semiconductor Packaging Co., Ltd."), preview);
        assertTrue(preview.contains("Harbor Crest Steel Corporation already has a filing for 2023"), preview);
        assertTrue(preview.contains("contains a comma"), preview);
        assertTrue(preview.contains("is not a valid Unified Business Number"), preview);
        assertEquals(filingsBefore, database().count("progress_filing"), "the preview wrote nothing");
        browser.screenshot("history-import-preview");

        browser.driver().findElement(By.id("preview:confirm")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "5 rows imported as accepted filings, 3 skipped."));
        assertEquals(filingsBefore + 5, database().count("progress_filing"));
        assertEquals("5", database().value(NANZI_FILINGS, DemoUsers.ELECTRONICS_UBN));
        assertTrue(browser.driver().findElements(By.id("preview:confirm")).isEmpty(), "nothing left to confirm");
        browser.screenshot("history-import-result");

        // The same file again, in Chinese: every row is now an error, and there is nothing to confirm.
        browser.driver().get(portalUri("/secretariat/import.xhtml?lang=zh-TW").toString());
        browser.driver().findElement(By.id("upload:file_input")).sendKeys(SAMPLE.toString());
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"),
                "共 8 列：0 列可匯入，8 列有錯誤將略過。"));
        assertTrue(browser.driver().findElement(By.id("preview:problems")).getText()
                .contains("楠梓半導體封裝股份有限公司 已有 2019 年度的申報"));
        assertFalse(browser.driver().findElement(By.id("preview:confirm")).isEnabled());
        browser.screenshot("history-import-zh-TW");

        // The member sees the imported years among its accepted filings.
        browser.driver().get(portalUri("/public/login.xhtml?lang=en").toString());
        browser.driver().manage().deleteAllCookies();
        signIn(DemoUsers.ELECTRONICS_ADMIN);
        browser.waiting().until(ExpectedConditions.urlContains("/member/home.xhtml"));
        String filings = browser.driver().findElement(By.id("filings")).getText();
        assertTrue(filings.contains("2019") && filings.contains("2023") && filings.contains("Accepted"), filings);
        browser.screenshot("history-import-member-home");
    }

    @Test
    void theTemplatesDownloadForTheAdministratorOnly() throws Exception {
        JsfClient administrator = new JsfClient();
        assertTrue(administrator.signIn(DemoUsers.SECRETARIAT_ADMIN.email, DemoUsers.SECRETARIAT_ADMIN.password));
        HttpResponse<String> template = administrator.get("/secretariat/import-templates/history-template.csv");
        assertEquals(200, template.statusCode());
        assertTrue(template.body().startsWith("UBN,Year,Scope 1 (tCO2e)"), template.body());
        assertEquals(200, administrator.get("/secretariat/import-templates/history-template.xlsx").statusCode());

        JsfClient reviewer = new JsfClient();
        assertTrue(reviewer.signIn(DemoUsers.REVIEWER.email, DemoUsers.REVIEWER.password));
        assertEquals(403, reviewer.get("/secretariat/import-templates/history-template.csv").statusCode());
    }
}
