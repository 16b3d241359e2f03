package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A visitor filters the member directory, shares the address, and switches language, in Chromium. */
class MemberDirectoryInBrowserIT extends BrowserTest {

    private static final By COUNT = By.id("count");
    private static final By NAMES = By.cssSelector("#members tbody .company-name");
    private static final By GROUPS = By.cssSelector("#members tbody .group-badge");

    @Test
    void filtersIntoAnAddressThatReopensTheSameViewInEitherLanguage() {
        browser.driver().get(portalUri("/").toString());
        assertTrue(text(COUNT).startsWith(FOUNDING_MEMBERS + " member companies"), text(COUNT));
        assertEquals(List.of(), AccessibilityBasics.problems(browser.driver()));
        browser.screenshot("directory-en");

        new Select(browser.driver().findElement(By.id("group"))).selectByVisibleText("Steel");
        new Select(browser.driver().findElement(By.id("pledge"))).selectByVisibleText("Approved");
        browser.driver().findElement(By.id("apply-filters")).click();
        browser.waiting().until(ExpectedConditions.urlContains("group=steel"));
        String shared = browser.driver().getCurrentUrl();
        assertTrue(shared.contains("pledge=approved"), shared);
        List<String> names = names();
        assertTrue(!names.isEmpty() && names.size() < 10, names::toString);
        assertTrue(groups().stream().allMatch(group -> group.equals("Steel")));
        browser.screenshot("directory-filtered");
        scrollTo(By.id("members"));
        browser.screenshot("directory-filtered-table");

        // Sort by net-zero year: a link, so the address changes again.
        browser.driver().findElement(By.cssSelector("th.col-netZeroYear a")).click();
        browser.waiting().until(ExpectedConditions.urlContains("sort=net-zero-year"));
        assertEquals("ascending", browser.driver().findElement(By.cssSelector("th.col-netZeroYear")).getAttribute("aria-sort"));

        // Someone else opens the shared address.
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(shared);
        assertEquals(names, names());
        assertEquals("steel", new Select(browser.driver().findElement(By.id("group"))).getFirstSelectedOption()
                .getAttribute("value"));

        browser.driver().findElement(By.linkText("繁體中文")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "會員名錄"));
        assertTrue(browser.driver().getCurrentUrl().contains("group=steel"), "the filter survives the switch");
        assertEquals("zh-TW", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(groups().stream().allMatch(group -> group.equals("鋼鐵")), groups()::toString);
        assertEquals(names.size(), names().size());
        assertTrue(text(COUNT).startsWith("共 " + names.size() + " 家會員企業"), text(COUNT));
        assertEquals(List.of(), AccessibilityBasics.problems(browser.driver()));
        browser.screenshot("directory-zh-TW-filtered");
        scrollTo(By.id("members"));
        browser.screenshot("directory-zh-TW-filtered-table");

        // Issue 12: the scope 1+2 alignment as a filter and a column, in Chinese too.
        new Select(browser.driver().findElement(By.id("scope12"))).selectByValue("1.5c");
        browser.driver().findElement(By.id("apply-filters")).click();
        browser.waiting().until(ExpectedConditions.urlContains("scope12=1.5c"));
        List<String> scope12 = browser.driver().findElements(By.cssSelector("#members tbody td.col-scope12Alignment"))
                .stream().map(WebElement::getText).toList();
        assertTrue(!scope12.isEmpty() && scope12.stream().allMatch(label -> label.equals(scope12.get(0))),
                scope12::toString);
        assertTrue(browser.driver().findElement(By.cssSelector("th.col-scope12Alignment")).getText().contains("範疇一、二"));
        scrollTo(By.id("members"));
        browser.screenshot("directory-zh-TW-scope12-filtered");

        browser.driver().findElement(By.id("clear-filters")).click();
        browser.waiting().until(ExpectedConditions.textMatches(COUNT, java.util.regex.Pattern.compile("^共 " + FOUNDING_MEMBERS)));
        scrollTo(By.id("page-next"));
        browser.screenshot("directory-zh-TW-pager");
    }

    private void scrollTo(By locator) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.driver().findElement(locator));
    }

    private List<String> names() {
        return browser.driver().findElements(NAMES).stream().map(WebElement::getText).toList();
    }

    private List<String> groups() {
        return browser.driver().findElements(GROUPS).stream().map(WebElement::getText).toList();
    }

    private String text(By locator) {
        return browser.driver().findElement(locator).getText();
    }
}
