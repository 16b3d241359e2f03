package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Signing out works from every page, also the public ones that keep no view state (issue 20,
 * defect 1: "Unable to restore view" there, and the member stayed signed in); a sign-out without
 * the session's token changes nothing (decision 0030).
 */
class SignOutInBrowserIT extends BrowserTest {

    @Test
    void aMemberSignsOutFromTheDirectory() {
        signIn(DemoUsers.STEEL_ADMIN);
        browser.driver().get(portalUri("/public/members.xhtml").toString());
        browser.screenshot("sign-out-directory-before");
        signOutAndCheck("sign-out-directory-after");
    }

    @Test
    void aMemberSignsOutFromAProfileInChinese() {
        signIn(DemoUsers.STEEL_ADMIN);
        browser.driver().get(portalUri("/public/member.xhtml?ubn=" + DemoUsers.STEEL_UBN + "&lang=zh-TW").toString());
        assertEquals("登出", browser.driver().findElement(By.id("signOut:signOutButton")).getText());
        signOutAndCheck("sign-out-profile-after-zh-TW");
        assertTrue(browser.driver().findElement(By.linkText("登入")).isDisplayed());
    }

    @Test
    void aForgedSignOutWithoutTheTokenChangesNothing() throws Exception {
        signIn(DemoUsers.STEEL_ADMIN);
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> forged = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(portalUri("/sign-out"))
                        .header("Cookie", "JSESSIONID=" + session.getValue())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("token=guessed")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode());
        browser.driver().get(portalUri("/member/home.xhtml").toString());
        assertTrue(browser.driver().getCurrentUrl().contains("/member/home.xhtml"), "still signed in");
    }

    private void signOutAndCheck(String screenshot) {
        browser.driver().findElement(By.id("signOut:signOutButton")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/public/members.xhtml"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
        String page = browser.driver().getPageSource();
        browser.screenshot(screenshot);
        assertFalse(page.contains("Unable to restore view") || showsAStackTrace(page), "signed out without an error");
        assertTrue(browser.driver().findElements(By.id("signOut:signOutButton")).isEmpty(), "no sign-out button left");
        browser.driver().get(portalUri("/member/home.xhtml").toString());
        browser.waiting().until(ExpectedConditions.urlContains("/public/login.xhtml"));
    }
}
