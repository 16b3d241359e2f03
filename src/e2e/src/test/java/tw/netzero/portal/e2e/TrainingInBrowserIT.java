package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Staff training in Chromium (issue 17, item 4; decision 0037): Nanzi Semiconductor's admin records a
 * course (a certificate in the future is refused at its field), sees the totals move, and finds them on
 * the public profile; the secretariat's dashboard shows them per group; both languages.
 */
class TrainingInBrowserIT extends BrowserTest {

    private static final String COURSE = "Scope 3 screening, browser test";

    @Test
    void aMemberRecordsACourseAndTheTotalsShowOnTheProfile() {
        signIn(DemoUsers.ELECTRONICS_ADMIN);
        browser.driver().get(portalUri("/member/training.xhtml").toString());
        assertEquals("Training", browser.driver().findElement(By.tagName("h1")).getText());
        assertTrue(browser.driver().findElement(By.id("records:table")).getText().contains("ISO 14067"));

        retype("training:course", COURSE);
        retype("training:provider", "Net Zero Institute");
        retype("training:hours", "7.5");
        retype("training:staff", "4");
        retype("training:certifiedOn_input", "2099-01-01" + Keys.TAB);
        browser.driver().findElement(By.id("training:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("training"),
                "is in the future"));
        browser.screenshot("training-refused");

        retype("training:certifiedOn_input", "2025-11-03" + Keys.TAB);
        browser.driver().findElement(By.id("training:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("records:table"), COURSE));
        browser.screenshot("training-en");

        browser.driver().get(portalUri("/public/member.xhtml?ubn=" + DemoUsers.ELECTRONICS_UBN).toString());
        String shown = browser.driver().findElement(By.id("training")).getText();
        assertTrue(shown.contains("Courses") && shown.contains("Staff trained"), shown);
        assertTrue(!browser.driver().getPageSource().contains(COURSE), "the records stay the member's");

        browser.driver().get(portalUri("/member/training.xhtml?lang=zh-TW").toString());
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "人員培訓"));
        browser.screenshot("training-zh-TW");
    }

    @Test
    void theDashboardShowsTrainingPerGroup() {
        signIn(DemoUsers.REVIEWER);
        browser.waiting().until(ExpectedConditions.urlContains("/secretariat/"));
        browser.driver().get(portalUri("/secretariat/dashboard.xhtml").toString());
        WebElement training = browser.driver().findElement(By.id("training"));
        assertTrue(training.getText().contains("Steel") && training.getText().contains("Staff trained"),
                training.getText());
        browser.driver().executeScript("arguments[0].scrollIntoView()", training);
        browser.screenshot("dashboard-training-budget-en");
        browser.driver().get(portalUri("/secretariat/dashboard.xhtml?lang=zh-TW").toString());
        WebElement trainingZh = browser.driver().findElement(By.id("training"));
        assertTrue(trainingZh.getText().contains("各產業別的人員培訓"), trainingZh.getText());
        browser.driver().executeScript("arguments[0].scrollIntoView()", trainingZh);
        browser.screenshot("dashboard-training-budget-zh-TW");
    }
}
