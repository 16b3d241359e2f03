package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Members' challenges in Chromium (issue 16, items 2 and 6; decision 0044): Harbor Crest Steel's member
 * posts a challenge under an open call (an empty form is refused at its fields), it stays private until
 * the reviewer approves it on the call's page, then the public sees it and the demo provider addresses
 * a proposal to it; once the deadline passes the member reads that proposal. Both languages.
 */
class ChallengesInBrowserIT extends BrowserTest {

    private static final String CALL = "Call for Solutions: browser test of challenges";
    private static final String CHALLENGE = "Blast furnace top gas, browser test";
    private static final String PROPOSAL = "Top-gas recovery turbine, browser test";

    @Test
    void aMemberPostsTheSecretariatApprovesAProviderProposesAndTheMemberReadsItAfterTheDeadline() {
        long callId = openCall();

        signIn(DemoUsers.STEEL_MEMBER);
        browser.driver().get(portalUri("/member/challenges.xhtml?lang=en").toString());
        assertEquals("Challenges", browser.driver().findElement(By.tagName("h1")).getText());
        assertTrue(text("ownChallenges").contains("Waste heat of the sinter cooler"), "the demo's challenge");
        assertTrue(text("ownChallenges").contains("Waste heat to power at the sinter plant"),
                "the demo's closed call: the proposal to the challenge is shown");
        selectMenu("challenge:call", CALL);
        browser.driver().findElement(By.id("challenge:post")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("challenge"),
                "Name the emissions source"));
        browser.screenshot("challenge-refused-en");

        retype("challenge:title", CHALLENGE);
        retype("challenge:emissionsSource", "Top gas pressure of blast furnace 2, let down through a valve");
        retype("challenge:site", "Harbor Crest Steel, Xiaogang works");
        selectMenu("challenge:scope", "Scope 2");
        retype("challenge:tonnesPerYear_input", "52000");
        retype("challenge:requiredOutcome", "Generate at least 15 MW from the top gas pressure");
        retype("challenge:shareableData", "Top gas pressure and flow by the minute for 2025");
        browser.driver().findElement(By.id("challenge:post")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("ownChallenges"), CHALLENGE));
        assertTrue(text("ownChallenges").contains("Waiting for the secretariat's approval"));
        scrollTo("ownChallenges");
        browser.screenshot("member-challenges-en");
        browser.driver().get(portalUri("/member/challenges.xhtml?lang=zh-TW").toString());
        assertEquals("減量挑戰", browser.driver().findElement(By.tagName("h1")).getText());
        assertTrue(text("ownChallenges").contains("等待秘書處核准"));
        browser.screenshot("member-challenges-zh-TW");
        signOut();

        browser.driver().get(portalUri("/public/solutions.xhtml?lang=en").toString());
        assertFalse(text("openCalls").contains(CHALLENGE), "not public before the approval");

        signIn(DemoUsers.REVIEWER);
        browser.driver().get(portalUri("/secretariat/call.xhtml?lang=en&id=" + callId).toString());
        assertTrue(text("challenges").contains(CHALLENGE));
        assertTrue(text("challenges").contains("Harbor Crest Steel"));
        browser.screenshot("secretariat-challenges-en");
        browser.driver().findElement(By.xpath("//article[.//h3[normalize-space(.)='" + CHALLENGE + "']]"
                + "//button[normalize-space(.)='Approve']")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is approved"));
        browser.driver().get(portalUri("/secretariat/call.xhtml?lang=zh-TW&id=" + callId).toString());
        assertTrue(text("challenges").contains("已核准"));
        browser.screenshot("secretariat-challenges-zh-TW");
        signOut();

        browser.driver().get(portalUri("/public/solutions.xhtml?lang=en").toString());
        assertTrue(text("openCalls").contains(CHALLENGE));
        scrollTo("openCalls");
        browser.screenshot("solutions-challenges-en");
        browser.driver().get(portalUri("/public/solutions.xhtml?lang=zh-TW").toString());
        assertTrue(text("openCalls").contains("會員企業張貼的減量挑戰"));
        scrollTo("openCalls");
        browser.screenshot("solutions-challenges-zh-TW");

        signInAsProvider();
        selectMenu("proposal:challenge", CALL + " · " + CHALLENGE + " (Harbor Crest Steel Corporation)");
        retype("proposal:title", PROPOSAL);
        retype("proposal:expectedReductionTonnesPerYear_input", "41000");
        selectMenu("proposal:readinessLevel", "TRL 9: proven in operation");
        retype("proposal:costFromTwd_input", "400000000");
        retype("proposal:costToTwd_input", "600000000");
        retype("proposal:summary", "A top-gas recovery turbine replacing the pressure-reducing valve.");
        retype("proposal:reductionBasis", "15 MW × 8,000 h × grid factor 0.494 kg CO2e/kWh");
        browser.driver().findElement(By.id("proposal:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine"), PROPOSAL));
        assertEquals(database().value("SELECT id FROM solution_challenge WHERE title = ?", CHALLENGE),
                database().value("SELECT challenge_id FROM solution_proposal WHERE title = ?", PROPOSAL));
        signOut();

        signIn(DemoUsers.STEEL_MEMBER);
        browser.driver().get(portalUri("/member/challenges.xhtml?lang=en").toString());
        assertFalse(text("ownChallenges").contains(PROPOSAL), "not before the deadline");
        // The deadline passes (moved in the database, as days going by would).
        assertEquals(1, database().update("UPDATE solution_call SET closes_at = ? WHERE id = ?",
                LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1), callId));
        browser.driver().get(portalUri("/member/challenges.xhtml?lang=en").toString());
        assertTrue(text("ownChallenges").contains(PROPOSAL));
        assertTrue(text("ownChallenges").contains("Kaohsiung Solar Works"));
        browser.screenshot("member-challenge-proposals-en");
        browser.driver().get(portalUri("/member/challenges.xhtml?lang=zh-TW").toString());
        assertTrue(text("ownChallenges").contains(PROPOSAL));
        browser.screenshot("member-challenge-proposals-zh-TW");
        signOut();
    }

    /**
     * A call of this test's own, open since an hour and closing in 20 days: before the demo's open call
     * closes, so the other tests' proposal form still offers the demo's call first (the latest deadline first).
     */
    private static long openCall() {
        long id = Long.parseLong(database().value("SELECT COALESCE(MAX(id), 0) + 1000 FROM solution_call"));
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        database().update("INSERT INTO solution_call (id, title_en, title_zh, description_en, description_zh, opens_at,"
                + " closes_at, winners, created_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 1)", id, CALL,
                "挑戰瀏覽器測試徵件", "Challenges of the browser test.", "瀏覽器測試的挑戰。", now.minusHours(1),
                now.plusDays(20), DemoUsers.SECRETARIAT_ADMIN.email, now.minusDays(1));
        database().update("INSERT INTO solution_call_theme (call_id, ordinal, name_en, name_zh) VALUES (?, 0, ?, ?)", id,
                "Sustainable energy", "永續能源");
        database().update("INSERT INTO solution_call_criterion (call_id, ordinal, name_en, name_zh, weight_percent)"
                + " VALUES (?, 0, ?, ?, 100)", id, "Impact", "影響力");
        return id;
    }

    private void signInAsProvider() {
        browser.driver().get(portalUri("/public/login.xhtml?lang=en").toString());
        browser.driver().findElement(By.id("login:email")).sendKeys("provider@kaohsiung-solar-works.example");
        browser.driver().findElement(By.id("login:password")).sendKeys("Provider-Demo-2050");
        browser.driver().findElement(By.id("login:submit")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/provider/proposals.xhtml"));
    }
}
