package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Retired carbon credits in Chromium (issue 17, item 3; decision 0037): Linyuan Aromatics' admin
 * records credits whose serials Harbor Crest Steel already retired in the same registry (refused at
 * the field, nothing saved), corrects them to the next serials, publishes them and finds them on the
 * public profile beside the pledge's offsets policy, in English and 繁體中文.
 */
class CreditsInBrowserIT extends BrowserTest {

    /** Harbor Crest Steel's published Verra block in the demo data ends at this serial. */
    private static final long HARBOR_CREST_VERRA_LAST = 40_132_000L;
    private static final String CLAIM = "Kaohsiung plant open day, browser test";

    @Test
    void aMemberRecordsPublishesAndFindsItsCreditsOnItsProfile() {
        signIn(DemoUsers.PETROCHEMICAL_ADMIN);
        browser.driver().get(portalUri("/member/credits.xhtml").toString());
        assertEquals("Carbon credits", browser.driver().findElement(By.tagName("h1")).getText());
        assertTrue(browser.driver().findElement(By.id("bvcmNotice")).getText().contains("never subtracted"));
        String list = browser.driver().findElement(By.id("credits:table")).getText();
        assertTrue(list.contains("Gold Standard") && list.contains("Published"), list);

        selectMenu("credit:registry", "Verra (VCS)");
        retype("credit:serialFirst", String.valueOf(HARBOR_CREST_VERRA_LAST - 99));
        retype("credit:serialLast", String.valueOf(HARBOR_CREST_VERRA_LAST + 100));
        retype("credit:vintage", "2023");
        selectMenu("credit:projectType", "Renewable energy");
        retype("credit:claimedFor", CLAIM);
        // Last, and left with Tab: the date picker's calendar opens over the fields below it.
        retype("credit:retiredOn_input", "2025-10-01" + Keys.TAB);
        browser.driver().findElement(By.id("credit:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("credit"),
                "already retired in the same registry"));
        assertFalse(browser.driver().findElement(By.id("credits:table")).getText().contains(CLAIM), "nothing saved");
        browser.screenshot("credits-overlap-refused");

        retype("credit:serialFirst", String.valueOf(HARBOR_CREST_VERRA_LAST + 1));
        browser.driver().findElement(By.id("credit:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("credits:table"), CLAIM));
        WebElement row = rowWith(CLAIM);
        assertTrue(row.getText().contains("Not published") && row.getText().contains("100"), row.getText());
        row.findElement(By.cssSelector("[id$=':publish']")).click();
        browser.waiting().until(driver -> rowWith(CLAIM).getText().contains("Published"));
        browser.screenshot("credits-en");

        browser.driver().get(portalUri("/public/member.xhtml?ubn=" + DemoUsers.PETROCHEMICAL_UBN).toString());
        String credits = browser.driver().findElement(By.id("credits")).getText();
        assertTrue(credits.contains(CLAIM) && credits.contains("beyond value chain mitigation"), credits);
        assertTrue(browser.driver().findElement(By.id("offsetsPolicy")).getText()
                .contains("offsets are not counted toward the pledge's targets"));
        scrollTo("credits");
        browser.screenshot("profile-credits-en");

        browser.driver().get(portalUri("/public/member.xhtml?ubn=" + DemoUsers.PETROCHEMICAL_UBN + "&lang=zh-TW").toString());
        String creditsZh = browser.driver().findElement(By.id("credits")).getText();
        assertTrue(creditsZh.contains("價值鏈以外的減緩") && creditsZh.contains("黃金標準"), creditsZh);
        scrollTo("credits");
        browser.screenshot("profile-credits-zh-TW");

        browser.driver().get(portalUri("/member/credits.xhtml?lang=zh-TW").toString());
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "碳權"));
        assertTrue(browser.driver().findElement(By.id("credits:table")).getText().contains("已發布"));
        browser.screenshot("credits-zh-TW");
    }

    @Test
    void reviewersHaveNoCreditsPage() {
        signIn(DemoUsers.REVIEWER);
        browser.waiting().until(ExpectedConditions.urlContains("/secretariat/"));
        browser.driver().get(portalUri("/member/credits.xhtml").toString());
        assertTrue(browser.driver().findElement(By.tagName("body")).getText().contains("Not allowed"));
    }


    private WebElement rowWith(String text) {
        return browser.driver().findElements(By.cssSelector("[id='credits:table'] tbody tr")).stream()
                .filter(row -> row.getText().contains(text)).findFirst().orElseThrow();
    }
}
