package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing in and out in Chromium: a member sees their own company; the secretariat its pages. */
class SignInInBrowserIT extends BrowserTest {


    @Test
    void aMemberSignsInSeesTheOwnCompanyAndSignsOut() {
        browser.driver().get(portalUri("/member/company.xhtml").toString());
        browser.waiting().until(ExpectedConditions.urlContains("/public/login.xhtml"));
        browser.screenshot("login");

        browser.driver().findElement(By.id("login:email")).sendKeys(DemoUsers.STEEL_ADMIN.email);
        browser.driver().findElement(By.id("login:password")).sendKeys("not the password");
        browser.driver().findElement(By.id("login:submit")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Wrong e-mail or password."));
        browser.screenshot("login-failed");

        browser.driver().findElement(By.id("login:email")).clear();
        browser.driver().findElement(By.id("login:email")).sendKeys(DemoUsers.STEEL_ADMIN.email);
        browser.driver().findElement(By.id("login:password")).sendKeys(DemoUsers.STEEL_ADMIN.password);
        browser.driver().findElement(By.id("login:submit")).click();

        // Members land on their overview; their company is one click away.
        browser.waiting().until(ExpectedConditions.urlContains("/member/home.xhtml"));
        browser.driver().findElement(By.linkText("My company")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/member/company.xhtml"));
        assertEquals("Harbor Crest Steel Corporation", browser.driver().findElement(By.tagName("h1")).getText());
        assertTrue(browser.driver().findElement(By.id("users:userTable")).getText().contains(DemoUsers.STEEL_MEMBER.email));
        browser.screenshot("member-company");

        browser.driver().findElement(By.id("signOut:signOutButton")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/public/members.xhtml"));
        browser.driver().get(portalUri("/member/company.xhtml").toString());
        browser.waiting().until(ExpectedConditions.urlContains("/public/login.xhtml"));
    }

    @Test
    void theSecretariatSeesAllCompaniesAndTheAuditTrail() {
        signIn(DemoUsers.SECRETARIAT_ADMIN);
        browser.waiting().until(ExpectedConditions.urlContains("/secretariat/home.xhtml"));
        browser.driver().findElement(By.linkText("Companies")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/secretariat/companies.xhtml"));
        assertTrue(browser.driver().findElement(By.id("companies:table")).getText().contains("Harbor Crest Steel"));
        browser.screenshot("secretariat-companies");

        browser.driver().get(portalUri("/secretariat/audit.xhtml").toString());
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:entries"), "Signed in"));
        browser.screenshot("secretariat-audit");

        browser.driver().get(portalUri("/secretariat/accounts.xhtml?lang=zh-TW").toString());
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "秘書處帳號"));
        browser.screenshot("secretariat-accounts-zh-TW");
    }
}
