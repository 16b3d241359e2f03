package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A visitor filters the member directory and switches language, in Chromium. */
class MemberDirectoryInBrowserIT extends BrowserTest {

    private static final By COUNT = By.cssSelector(".directory-table .count");
    private static final By NAMES = By.cssSelector(".directory-table tbody .company-name");


    @Test
    void filtersByNameInChineseAndByIndustryGroupThenSwitchesToChinese() {
        browser.driver().get(portalUri("/").toString());
        assertEquals(FOUNDING_MEMBERS + " member companies", text(COUNT));
        browser.screenshot("directory-en");

        // 鋼 ("steel") appears only in the Chinese names of six steel companies.
        browser.driver().findElement(By.id("directory:name")).sendKeys("鋼");
        browser.waiting().until(ExpectedConditions.textToBe(COUNT, "6 member companies"));
        assertEquals(6, browser.driver().findElements(NAMES).size());
        browser.screenshot("directory-filtered-by-name");

        browser.driver().findElement(By.id("directory:name")).clear();
        browser.driver().findElement(By.id("directory:name")).sendKeys(" ");
        browser.waiting().until(ExpectedConditions.textToBe(COUNT, FOUNDING_MEMBERS + " member companies"));

        browser.driver().findElement(By.id("directory:group")).click();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#directory\\:group_items li[data-label='Energy']"))).click();
        browser.waiting().until(ExpectedConditions.textToBe(COUNT, "10 member companies"));
        List<WebElement> groups = browser.driver().findElements(By.cssSelector(".directory-table tbody .group-badge"));
        assertTrue(groups.stream().allMatch(badge -> badge.getText().equals("Energy")));
        browser.screenshot("directory-filtered-by-group");

        browser.driver().findElement(By.linkText("繁體中文")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "會員名錄"));
        assertEquals("共 " + FOUNDING_MEMBERS + " 家會員企業", text(COUNT));
        assertEquals("zh-TW", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        browser.screenshot("directory-zh-TW");
    }

    private String text(By locator) {
        return browser.driver().findElement(locator).getText();
    }
}
