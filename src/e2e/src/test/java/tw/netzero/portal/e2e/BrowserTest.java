package tw.netzero.portal.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A deployed-portal test that drives headless Chromium: one browser per test class, started afresh
 * before each test method (no cookies or stored data, the first window size, a blank page), as a
 * new browser would be. Starting Chromium takes seconds on a busy machine; clearing it, milliseconds
 * (the test run's time, docs/performance.md).
 */
abstract class BrowserTest extends DeployedPortal {

    protected static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @BeforeEach
    void asNew() {
        browser.startAfresh(portalUri("/"));
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    protected void signIn(DemoUsers user) {
        browser.driver().get(portalUri("/public/login.xhtml").toString());
        browser.driver().findElement(By.id("login:email")).sendKeys(user.email);
        browser.driver().findElement(By.id("login:password")).sendKeys(user.password);
        browser.driver().findElement(By.id("login:submit")).click();
        browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/public/login.xhtml")));
        if (user.totpSecret != null) {
            browser.waiting().until(ExpectedConditions.urlContains(JsfClient.SECOND_FACTOR_PAGE));
            enterSignInCode(user.nextCode());
            browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains(JsfClient.SECOND_FACTOR_PAGE)));
        }
    }

    /** Types a code (or recovery code) on the second-factor page and submits it. */
    protected void enterSignInCode(String code) {
        WebElement field = browser.driver().findElement(By.id("secondFactor:code"));
        field.clear();
        field.sendKeys(code);
        browser.driver().findElement(By.id("secondFactor:submit")).click();
    }

    protected void signOut() {
        browser.driver().findElement(By.id("signOut:signOutButton")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/public/members.xhtml"));
    }

    /**
     * Opens a PrimeFaces select menu and picks the item with this label, until the menu shows it.
     * The list slides open with an animation: while it moves, a click can land on its neighbour
     * (Chromium reports "element click intercepted") or, with PrimeFaces 15, be taken by the list
     * before it has settled and change nothing, so the menu is opened and the item clicked again
     * until the menu's label reads the chosen item.
     */
    protected void selectMenu(String id, String label) {
        String escaped = id.replace(":", "\\:");
        By menu = By.id(id);
        By chosen = By.cssSelector("#" + escaped + "_label");
        By item = By.cssSelector("#" + escaped + "_items li[data-label='" + label + "']");
        browser.waiting().ignoring(ElementClickInterceptedException.class).until(driver -> {
            if (label.equals(driver.findElement(chosen).getText())) {
                return true;
            }
            WebElement option = ExpectedConditions.elementToBeClickable(item).apply(driver);
            if (option == null) {
                driver.findElement(menu).click();
            } else {
                option.click();
            }
            return false;
        });
    }

    /** Replaces the text of an input field (select all, then type). */
    protected void retype(String id, String text) {
        browser.driver().findElement(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    /** Signs in with the e-mail and password of an account that needs no second factor (a provider, a juror). */
    protected void signInAs(String email, String password) {
        browser.driver().get(portalUri("/public/login.xhtml?lang=en").toString());
        browser.driver().findElement(By.id("login:email")).sendKeys(email);
        browser.driver().findElement(By.id("login:password")).sendKeys(password);
        browser.driver().findElement(By.id("login:submit")).click();
        browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/public/login.xhtml")));
    }

    /** The visible text of the element with this id. */
    protected String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    /** Scrolls the element with this id into view, for a screenshot of it. */
    protected void scrollTo(String id) {
        browser.driver().executeScript("arguments[0].scrollIntoView()", browser.driver().findElement(By.id(id)));
    }
}
