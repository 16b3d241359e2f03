package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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

    /**
     * Issue 20, defect 12: at 1400 px the last three columns were behind a scrollbar. On a laptop
     * screen (1366 and 1400 px wide) the whole table fits; on a phone (390 px) the page does not
     * scroll sideways, the table scrolls in its own box and the company's name stays in view; in
     * both languages.
     */
    @Test
    void tableFitsALaptopScreenAndScrollsInItsOwnBoxOnAPhone() {
        for (int width : new int[] {1366, 1400}) {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            for (String language : List.of("en", "zh-TW")) {
                browser.driver().get(portalUri("/public/members.xhtml?lang=" + language).toString());
                assertEquals(0L, overflow("document.documentElement"), width + " px, " + language + ": the page");
                assertEquals(0L, overflow("document.querySelector('.table-scroll')"), width + " px, " + language + ": the table");
                assertTrue(browser.driver().findElement(By.cssSelector("th.col-track")).isDisplayed());
                scrollTo(By.id("members"));
                browser.screenshot("directory-" + width + "-" + language);
            }
        }

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        for (String language : List.of("en", "zh-TW")) {
            browser.driver().get(portalUri("/public/members.xhtml?lang=" + language).toString());
            assertEquals(0L, overflow("document.documentElement"), "390 px, " + language + ": the page itself");
            assertEquals(List.of(), AccessibilityBasics.problems(browser.driver()));
            browser.screenshot("directory-390-top-" + language);
            scrollTo(By.id("members"));
            browser.screenshot("directory-390-table-" + language);
            WebElement box = browser.driver().findElement(By.cssSelector(".table-scroll"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollLeft = arguments[0].scrollWidth", box);
            WebElement firstName = browser.driver().findElement(NAMES);
            assertTrue(firstName.getRect().getX() >= box.getRect().getX(),
                    language + ": the name stays in view when scrolled to the end");
            WebElement lastColumn = browser.driver().findElement(By.cssSelector("th.col-track"));
            assertTrue(lastColumn.getRect().getX() + lastColumn.getRect().getWidth()
                    <= box.getRect().getX() + box.getRect().getWidth() + 1, language + ": the last column can be scrolled into view");
            browser.screenshot("directory-390-table-scrolled-" + language);
        }
        // Issue 20, defect 9: no page asked for an icon it could not get (or logged any other error).
        assertEquals(List.of(), browser.consoleErrors());
    }

    /**
     * Issue 20, defect 7: a page past the end ("59 member companies, 0–0 shown" above an empty
     * table) opens the last page instead, in either language.
     */
    @Test
    void aPagePastTheEndOpensTheLastPage() {
        for (String language : List.of("en", "zh-TW")) {
            browser.driver().get(portalUri("/public/members.xhtml?lang=" + language).toString());
            browser.driver().get(portalUri("/public/members.xhtml?page=999").toString());
            browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("page=999")));
            assertTrue(browser.driver().findElements(By.id("page-next")).isEmpty()
                    || !browser.driver().findElement(By.id("page-next")).isDisplayed(), "no page after the last");
            assertTrue(text(COUNT).matches(language.equals("en")
                    ? FOUNDING_MEMBERS + " member companies, \\d+–" + FOUNDING_MEMBERS + " shown"
                    : "共 " + FOUNDING_MEMBERS + " 家會員企業，顯示第 \\d+–" + FOUNDING_MEMBERS + " 家"), text(COUNT));
            assertFalse(names().isEmpty(), "the last page's members");
            browser.screenshot("directory-past-the-end-" + language);
        }
    }

    /**
     * Issue 20, feature 5: a reader picks the columns with the filter form's check boxes (no script),
     * the address keeps the choice through paging, sorting and the language switch, and the page
     * says when its data last changed.
     */
    @Test
    void choosesColumnsInTheAddressAndSaysWhenTheDataLastChanged() {
        browser.driver().get(portalUri("/public/members.xhtml?lang=en").toString());
        assertTrue(text(By.id("last-updated")).matches("Last updated: \\w{3} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}\\s?[AP]M"),
                text(By.id("last-updated")));
        assertEquals(11, visibleHeaders().size(), "every column without a choice");
        WebElement chooser = browser.driver().findElement(By.id("column-chooser"));
        assertEquals(null, chooser.getAttribute("open"), "folded while every column shows");
        chooser.findElement(By.tagName("summary")).click();
        for (String column : List.of("memberSince", "alignment", "scope12Alignment", "scope3Alignment", "nearTerm",
                "latestYear")) {
            browser.driver().findElement(By.id("show-" + column)).click();
        }
        browser.screenshot("directory-column-chooser-en");
        browser.driver().findElement(By.id("apply-filters")).click();
        browser.waiting().until(ExpectedConditions.urlContains("cols=track"));
        assertEquals(List.of("Company", "Industry group", "Pledge", "Net-zero year", "On/off track"), visibleHeaders());
        assertEquals(4, browser.driver().findElements(By.cssSelector("#members tbody tr:first-child td")).stream()
                .filter(WebElement::isDisplayed).count(), "cells hidden with their headers");
        assertEquals(List.of(), AccessibilityBasics.problems(browser.driver()));
        scrollTo(By.id("members"));
        browser.screenshot("directory-columns-chosen-en");

        browser.driver().findElement(By.cssSelector("th.col-netZeroYear a")).click();
        browser.waiting().until(ExpectedConditions.urlContains("sort=net-zero-year"));
        assertTrue(browser.driver().getCurrentUrl().contains("cols=net-zero-year"), "sorting keeps the choice");
        assertEquals(5, visibleHeaders().size());
        browser.driver().findElement(By.id("page-next")).click();
        browser.waiting().until(ExpectedConditions.urlContains("page=2"));
        assertEquals(5, visibleHeaders().size(), "paging keeps the choice");

        browser.driver().findElement(By.linkText("繁體中文")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "會員名錄"));
        assertEquals(List.of("公司", "產業群組", "減量承諾", "淨零年", "進度"), visibleHeaders());
        assertTrue(text(By.id("last-updated")).startsWith("最後更新："), text(By.id("last-updated")));
        assertEquals("true", browser.driver().findElement(By.id("column-chooser")).getAttribute("open"),
                "unfolded while it hides columns");
        assertEquals(List.of(), AccessibilityBasics.problems(browser.driver()));
        browser.screenshot("directory-columns-chosen-zh-TW");
        scrollTo(By.id("members"));
        browser.screenshot("directory-columns-chosen-zh-TW-table");
    }

    private List<String> visibleHeaders() {
        return browser.driver().findElements(By.cssSelector("#members thead th")).stream()
                .filter(WebElement::isDisplayed).map(header -> header.getText().replaceAll("[ ▲▼]+$", "").trim()).toList();
    }

    /** How many pixels an element's content is wider than its box (0: no horizontal scrollbar). */
    private long overflow(String element) {
        return (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("const e = " + element + "; return Math.max(0, e.scrollWidth - e.clientWidth);");
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
