package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An anonymous reader opens Harbor Crest Steel's profile, sees the chart and switches to 繁體中文. */
class MemberProfileInBrowserIT extends BrowserTest {

    @Test
    void aReaderSeesTheProfileWithItsChartInBothLanguages() {
        browser.driver().get(portalUri("/public/member.xhtml?ubn=" + DemoUsers.STEEL_UBN).toString());

        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#chart canvas")));
        assertEquals("Harbor Crest Steel Corporation", browser.driver().findElement(By.tagName("h1")).getText());
        String years = browser.driver().findElement(By.id("years")).getText();
        assertTrue(years.contains("2024") && years.contains("Reasonable assurance"), years);
        assertAccessibleBasics("en");
        browser.screenshot("profile-en");
        scrollTo("chartTitle");
        browser.screenshot("profile-en-chart");
        scrollTo("years");
        browser.screenshot("profile-en-years");

        browser.driver().findElement(By.cssSelector(".language-switch a[hreflang='zh-TW']")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "港峰鋼鐵股份有限公司"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#chart canvas")));
        assertTrue(browser.driver().getCurrentUrl().contains("ubn=" + DemoUsers.STEEL_UBN), "same profile after switching");
        String yearsZh = browser.driver().findElement(By.id("years")).getText();
        assertTrue(yearsZh.contains("合理保證"), yearsZh);
        assertTrue(browser.driver().findElement(By.id("facts")).getText().contains("2022年6月20日"));
        assertAccessibleBasics("zh-TW");
        browser.screenshot("profile-zh-TW");
        scrollTo("chartTitle");
        browser.screenshot("profile-zh-TW-chart");
        scrollTo("years");
        browser.screenshot("profile-zh-TW-years");
    }

    /** The page's language is declared, every table has header cells, every field has a label. */
    private void assertAccessibleBasics(String lang) {
        assertEquals(lang, browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        List<WebElement> tables = browser.driver().findElements(By.cssSelector("main table"));
        assertTrue(!tables.isEmpty());
        tables.forEach(table -> assertTrue(!table.findElements(By.tagName("th")).isEmpty(), table.getText()));
        browser.driver().findElements(By.cssSelector("main input:not([type=hidden]), main select")).forEach(field ->
                assertTrue(!browser.driver().findElements(By.cssSelector("label[for='" + field.getAttribute("id") + "']"))
                        .isEmpty(), field.getAttribute("id")));
    }
}
