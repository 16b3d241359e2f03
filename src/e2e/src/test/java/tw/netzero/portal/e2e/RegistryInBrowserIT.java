package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * MOENV registry years in Chromium (issue 17, item 2; decision 0043): Harbor Crest Steel's admin
 * records a year as a carbon-fee payer below 25,000 t CO2e (refused at the field, nothing saved),
 * corrects it to the threshold and sees it flagged against the demo data's accepted filing; the
 * reviewer finds it flagged with the member's reason and publishes it; in English and 繁體中文.
 */
class RegistryInBrowserIT extends BrowserTest {

    private static final String REASON = "Registered before the plant's boundary change, browser test";

    /** The demo data's last accepted year (two years before today in Kaohsiung: DemoData's calendar). */
    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Taipei")).getYear() - 2;

    @Test
    void aMemberRecordsAYearAndTheSecretariatReconcilesAndPublishesIt() {
        signIn(DemoUsers.STEEL_ADMIN);
        browser.driver().get(portalUri("/member/registry.xhtml").toString());
        assertTrue(text(By.tagName("h1")).equals("MOENV registry"));
        assertTrue(text(By.id("deadlinesNotice")).contains("30 April"));

        retype("entry:inventoryYear", String.valueOf(YEAR));
        retype("entry:direct", "20000");
        retype("entry:indirect", "4999.9");
        browser.driver().findElement(By.cssSelector("#entry\\:carbonFeePayer .ui-chkbox-box")).click();
        retype("entry:differenceReason", REASON);
        browser.driver().findElement(By.id("entry:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry"),
                "Carbon-fee payers emit 25,000 t CO2e or more"));
        assertTrue(text(By.id("registry:table")).contains("No year recorded yet"), "nothing saved");
        browser.screenshot("registry-refused-en");

        retype("entry:indirect", "5000");
        browser.driver().findElement(By.id("entry:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("registry:table"), REASON));
        String row = text(By.id("registry:table"));
        assertTrue(row.contains("Required: 25,000 t CO2e or more") && row.contains("Differs by more than 5 %")
                && row.contains("Private") && row.contains("Carbon-fee payer"), row);
        browser.screenshot("registry-en");

        browser.driver().get(portalUri("/member/registry.xhtml?lang=zh-TW").toString());
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "環境部排放量登錄"));
        assertTrue(text(By.id("registry:table")).contains("差異超過 5 %"));
        browser.screenshot("registry-zh-TW");
        browser.driver().get(portalUri("/member/registry.xhtml?lang=en").toString());
        signOut();

        signIn(DemoUsers.REVIEWER);
        browser.driver().get(portalUri("/secretariat/registry.xhtml").toString());
        String flagged = text(By.id("reconciliation:table"));
        assertTrue(flagged.contains("Harbor Crest Steel") && flagged.contains(REASON), flagged);
        browser.screenshot("registry-reconciliation-en");
        // Harbor Crest Steel's is the one year not published: the demo's other flagged years are (decision 0058).
        browser.driver().findElement(By.cssSelector("[id$=':publish']")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[id$=':publish']")));
        assertTrue(text(By.id("reconciliation:table")).contains("Published"));

        browser.driver().get(portalUri("/secretariat/registry.xhtml?lang=zh-TW").toString());
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "登錄數據核對"));
        String flaggedZh = text(By.id("reconciliation:table"));
        assertTrue(flaggedZh.contains("港峰鋼鐵") && flaggedZh.contains("已發布"), flaggedZh);
        browser.screenshot("registry-reconciliation-zh-TW");
        browser.driver().get(portalUri("/secretariat/registry.xhtml?lang=en").toString());

        // Published: on the member's public profile, in both languages.
        browser.driver().get(portalUri("/public/member.xhtml?ubn=" + DemoUsers.STEEL_UBN).toString());
        String published = text(By.id("registry"));
        assertTrue(published.contains(String.valueOf(YEAR)) && published.contains("25,000")
                && published.contains("Carbon-fee payer"), published);
        scrollTo("registry");
        browser.screenshot("profile-registry-en");
        browser.driver().get(portalUri("/public/member.xhtml?ubn=" + DemoUsers.STEEL_UBN + "&lang=zh-TW").toString());
        String publishedZh = text(By.id("registry"));
        assertTrue(publishedZh.contains("環境部排放量登錄") && publishedZh.contains("碳費徵收對象"), publishedZh);
        scrollTo("registry");
        browser.screenshot("profile-registry-zh-TW");
        browser.driver().get(portalUri("/public/member.xhtml?lang=en&ubn=" + DemoUsers.STEEL_UBN).toString());
    }

    private String text(By locator) {
        return browser.driver().findElement(locator).getText();
    }
}
