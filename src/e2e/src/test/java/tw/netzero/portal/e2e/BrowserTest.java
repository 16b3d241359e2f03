package tw.netzero.portal.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A deployed-portal test that drives a fresh headless Chromium per test method. */
abstract class BrowserTest extends DeployedPortal {

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
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
     * Opens a PrimeFaces select menu and picks the item with this label. The list slides open
     * with an animation: while it moves, a click can land on its neighbour (Chromium reports
     * "element click intercepted"), so the click is tried again until the list has settled.
     */
    protected void selectMenu(String id, String label) {
        browser.driver().findElement(By.id(id)).click();
        String items = "#" + id.replace(":", "\\:") + "_items li[data-label='" + label + "']";
        browser.waiting().ignoring(ElementClickInterceptedException.class).until(driver -> {
            WebElement item = ExpectedConditions.elementToBeClickable(By.cssSelector(items)).apply(driver);
            if (item == null) {
                return false;
            }
            item.click();
            return true;
        });
    }
}
