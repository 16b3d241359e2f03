package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A member creates a pledge through the step-by-step form, sees the pre-check, submits. */
class PledgeWizardInBrowserIT extends BrowserTest {

    @Test
    void aMemberDraftsAPledgeStepByStepSeesThePreCheckAndSubmits() {
        signIn(DemoUsers.ELECTRONICS_ADMIN);
        browser.driver().get(portalUri("/member/pledge.xhtml").toString());
        browser.driver().findElement(By.id("pledge:start")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard:baseYear")));

        type(Map.of("baseYear", "2020", "scope1", "800000", "scope2LocationBased", "300000",
                "scope2MarketBased", "250000", "scope3", "150000"));
        // Bad input first: a comma decimal is refused at the field, nothing is lost.
        type(Map.of("scope1", "800000,5"));
        browser.driver().findElement(By.id("wizard:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("wizard"), "with a point for decimals"));
        // A year out of range names its bounds; a huge number typed with an exponent gets the range message.
        type(Map.of("baseYear", "1800", "scope1", "1e308"));
        browser.driver().findElement(By.id("wizard:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("wizard"), "Enter a year between 1990 and 2100."));
        String refused = browser.driver().findElement(By.id("wizard")).getText();
        assertTrue(refused.contains("Enter tonnes CO2e between 0 and 1,000,000,000."), refused);
        assertFalse(refused.contains("{min}") || refused.contains("at most 3 decimals"), refused);
        type(Map.of("baseYear", "2020", "scope1", "800000"));
        browser.driver().findElement(By.id("wizard:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The draft is saved."));
        browser.screenshot("pledge-step-inventory");

        next();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard:nearTargetYear")));
        // A target year before the base year is refused at the field; nothing is saved.
        type(Map.of("nearTargetYear", "2019"));
        browser.driver().findElement(By.id("wizard:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#wizard .field"), "must be after the base year"));
        type(Map.of("nearTargetYear", "2031", "nearReduction", "50", "longTargetYear", "2045",
                "longReduction", "95", "netZeroYear", "2050"));
        next();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard:scope12Coverage")));
        type(Map.of("scope12Coverage", "98", "scope3Coverage", "70"));
        browser.driver().findElement(By.id("wizard:measures")).sendKeys("Electric arc furnace; rooftop solar.");
        next();

        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".rules")));
        String review = browser.driver().findElement(By.id("wizard")).getText();
        assertTrue(review.contains("Consistent with SBTi criteria (not an SBTi validation)"), review);
        assertTrue(review.contains("1.5 °C-aligned"), review);
        // Target by target (issue 12): the near-term target's 4 rules, the long-term target's 3, the pledge's 5,
        // judged by the criteria version in force today.
        assertTrue(review.contains("Judged by SBTi criteria v5.x"), review);
        assertEquals(3, browser.driver().findElements(By.cssSelector(".precheck__target")).size());
        assertTrue(review.contains("Near-term ·") && review.contains("Long-term ·"), review);
        assertEquals(12, browser.driver().findElements(By.cssSelector(".rules li")).size());
        assertTrue(browser.driver().findElements(By.cssSelector(".pathway-chart canvas")).size() == 1, "chart drawn");
        browser.screenshot("pledge-review");

        browser.driver().findElement(By.id("wizard:submit")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is submitted"));
        assertEquals("SUBMITTED", database().value(
                "SELECT v.status FROM pledge_version v JOIN member_company c ON c.id = v.company_id WHERE c.ubn = ?",
                DemoUsers.ELECTRONICS_UBN));
        browser.screenshot("pledge-submitted");

        // The secretariat takes it, returns it with a comment; the member sees the comment and
        // resubmits; the secretariat approves: it becomes the pledge in force.
        signOut();
        signIn(DemoUsers.REVIEWER);
        browser.driver().get(portalUri("/secretariat/reviews.xhtml").toString());
        browser.driver().findElement(By.xpath("//button[contains(., 'Take into review')]")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "under your review"));
        browser.driver().findElement(By.linkText("Nanzi Semiconductor Packaging Co., Ltd.")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("decision:comment")));
        browser.screenshot("pledge-review");
        browser.driver().findElement(By.id("decision:return")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "comment is required"));
        browser.driver().findElement(By.id("decision:comment")).sendKeys("Please add scope 3 category 1.");
        browser.driver().findElement(By.id("decision:return")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "returned to the company"));

        signOut();
        signIn(DemoUsers.ELECTRONICS_ADMIN);
        browser.driver().get(portalUri("/member/pledge.xhtml").toString());
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lead"),
                "Please add scope 3 category 1."));
        for (int step = 0; step < 3; step++) {
            next();
        }
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".rules")));
        browser.driver().findElement(By.id("wizard:submit")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is submitted"));

        signOut();
        signIn(DemoUsers.REVIEWER);
        browser.driver().get(portalUri("/secretariat/reviews.xhtml").toString());
        browser.driver().findElement(By.xpath("//button[contains(., 'Take into review')]")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "under your review"));
        browser.driver().findElement(By.linkText("Nanzi Semiconductor Packaging Co., Ltd.")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("decision:approve"))).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "now the pledge in force"));
        assertEquals("APPROVED", database().value(
                "SELECT v.status FROM pledge_version v JOIN member_company c ON c.id = v.company_id WHERE c.ubn = ?",
                DemoUsers.ELECTRONICS_UBN));

        // The public directory now shows the approved pledge.
        signOut();
        browser.driver().get(portalUri("/public/members.xhtml?q=" + DemoUsers.ELECTRONICS_UBN).toString());
        String row = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("members"))).getText();
        assertTrue(row.contains("Nanzi Semiconductor Packaging") && row.contains("Approved"), row);
        browser.screenshot("directory-shows-the-approved-pledge");
    }

    private void type(Map<String, String> fields) {
        fields.forEach((id, value) -> {
            WebElement input = browser.driver().findElement(By.id("wizard:" + id));
            input.clear();
            input.sendKeys(value);
        });
    }

    private void next() {
        browser.driver().findElement(By.cssSelector("#wizard\\:steps .ui-wizard-nav-next")).click();
    }
}
