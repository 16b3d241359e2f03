package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Pilots in Chromium (issue 16, item 5; decision 0047): a call whose results are published has a winner
 * to Harbor Crest Steel's challenge; the reviewer matches it as a pilot on the call's page; the steel
 * member reports it running, is refused completing it without the measured reduction, then completes it;
 * the public results and the open data show measured against expected, the provider its pilot beside the
 * challenge its proposal addresses. Both languages; the demo's own pilots (one running, one completed) too.
 */
class PilotsInBrowserIT extends BrowserTest {

    private static final String CALL = "Call for Solutions: browser test of pilots";
    private static final String CHALLENGE = "Coke oven gas flaring, browser test";
    private static final String WINNER = "Coke oven gas to methanol, browser test";
    private static final String PROVIDER_EMAIL = "provider@kaohsiung-solar-works.example";

    @Test
    void theSecretariatMatchesAWinnerTheMemberReportsItAndThePublicSeesMeasuredAgainstExpected() {
        long callId = publishedCallWithAWinnerToASteelChallenge();

        signIn(DemoUsers.REVIEWER);
        browser.driver().get(portalUri("/secretariat/call.xhtml?lang=en&id=" + callId).toString());
        assertTrue(text("pilotsSection").contains(WINNER) && text("pilotsSection").contains(CHALLENGE), text("pilotsSection"));
        scrollTo("pilotsSection");
        browser.screenshot("secretariat-pilots-before-en");
        browser.driver().findElement(By.xpath("//tr[td[normalize-space(.)='" + WINNER + "']]//button")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is matched as a pilot"));
        assertTrue(text("pilotsSection").contains("Planned"));
        browser.driver().get(portalUri("/secretariat/call.xhtml?lang=zh-TW&id=" + callId).toString());
        assertTrue(text("pilotsSection").contains("規劃中"));
        scrollTo("pilotsSection");
        browser.screenshot("secretariat-pilots-zh-TW");
        signOut();

        signIn(DemoUsers.STEEL_MEMBER);
        browser.driver().get(portalUri("/member/pilots.xhtml?lang=en").toString());
        assertEquals("Pilots", browser.driver().findElement(By.tagName("h1")).getText());
        assertTrue(text("ownPilots").contains("Waste heat to power at the sinter plant"), "the demo's running pilot");
        assertFalse(text("ownPilots").contains("Rooftop solar on port warehouses"), "Linyuan Aromatics' pilot is not ours");
        chooseReportOn(WINNER);
        selectMenu("report:status", "Running");
        browser.driver().findElement(By.id("report:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is reported"));

        chooseReportOn(WINNER);
        selectMenu("report:status", "Completed");
        browser.driver().findElement(By.id("report:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("report"),
                "Enter the reduction you measured"));
        browser.screenshot("member-pilot-refused-en");
        retype("report:measurementBasis", "Methanol output of the first 30 days × emission factor of the flared gas, annualised");
        retype("report:measuredReductionTonnesPerYear", "3900");
        // The date last: its calendar opens while it is typed and closes with the tab.
        retype("report:measuredOn_input", LocalDate.now(ZoneId.of("Asia/Taipei")).toString() + Keys.TAB);
        browser.driver().findElement(By.id("report:save")).click();
        try {
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("ownPilots"), "Measured 3,900"));
        } catch (TimeoutException notReported) {
            browser.screenshot("member-pilot-not-completed-en");
            throw new AssertionError("not reported: " + text("messages"), notReported);
        }
        String reported = articleText(WINNER);
        assertTrue(reported.contains("Completed") && reported.contains("3,900") && reported.contains("4,200"), reported);
        scrollTo("ownPilots");
        browser.screenshot("member-pilots-en");
        browser.driver().get(portalUri("/member/pilots.xhtml?lang=zh-TW").toString());
        assertEquals("試行", browser.driver().findElement(By.tagName("h1")).getText());
        assertTrue(articleText(WINNER).contains("已完成"));
        browser.screenshot("member-pilots-zh-TW");
        signOut();

        browser.driver().get(portalUri("/public/solutions.xhtml?lang=en").toString());
        String results = text("shortlists");
        assertTrue(results.contains(WINNER) && results.contains("Measured 3,900 vs expected 4,200"), results);
        assertTrue(results.contains("Running"), "the demo's ORC pilot");
        assertTrue(results.contains("Measured 18,650 vs expected 21,000"), "the demo's completed rooftop solar pilot");
        scrollTo("shortlists");
        browser.screenshot("solutions-pilots-en");
        browser.driver().get(portalUri("/public/solutions.xhtml?lang=zh-TW").toString());
        assertTrue(text("shortlists").contains("已完成") && text("shortlists").contains("進行中"));
        scrollTo("shortlists");
        browser.screenshot("solutions-pilots-zh-TW");
        browser.driver().get(portalUri("/api/solutions/shortlist").toString());
        String shortlist = browser.driver().findElement(By.tagName("body")).getText();
        assertTrue(shortlist.contains("\"pilot\":{\"status\":\"COMPLETED\",\"measuredReductionTonnesPerYear\":3900"), shortlist);
        browser.driver().get(portalUri("/api/solutions/challenges").toString());
        String challenges = browser.driver().findElement(By.tagName("body")).getText();
        assertTrue(challenges.contains("\"title\":\"Steam for the aromatics plant without gas boilers\""), challenges);
        assertFalse(challenges.contains("Diesel forklifts"), "a pending challenge is not public");

        browser.driver().get(portalUri("/public/login.xhtml?lang=en").toString());
        browser.driver().findElement(By.id("login:email")).sendKeys(PROVIDER_EMAIL);
        browser.driver().findElement(By.id("login:password")).sendKeys("Provider-Demo-2050");
        browser.driver().findElement(By.id("login:submit")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/provider/proposals.xhtml"));
        String row = browser.driver().findElement(By.xpath("//tr[td[normalize-space(.)='" + WINNER + "']]")).getText();
        assertTrue(row.contains(CHALLENGE) && row.contains("Harbor Crest Steel") && row.contains("Completed"), row);
        browser.screenshot("provider-pilots-en");
        browser.driver().get(portalUri("/provider/proposals.xhtml?lang=zh-TW").toString());
        assertTrue(text("mine").contains("已完成"));
        browser.screenshot("provider-pilots-zh-TW");
        signOut();
    }

    private void chooseReportOn(String title) {
        browser.driver().findElement(By.xpath("//article[.//h3[normalize-space(.)='" + title + "']]"
                + "//button[normalize-space(.)='Report on this pilot']")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("report:save")));
    }

    private String articleText(String title) {
        return browser.driver().findElement(By.xpath("//article[.//h3[normalize-space(.)='" + title + "']]")).getText();
    }

    /**
     * A call of this test's own that closed a month ago with its results published: Harbor Crest Steel's
     * approved challenge and the demo provider's winning proposal to it (4,200 t CO2e/yr expected).
     */
    private static long publishedCallWithAWinnerToASteelChallenge() {
        Database database = database();
        long id = Long.parseLong(database.value("SELECT COALESCE(MAX(id), 0) + 2000 FROM solution_call"));
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        database.update("INSERT INTO solution_call (id, title_en, title_zh, description_en, description_zh, opens_at,"
                + " closes_at, winners, created_by, created_at, results_published_at, version) VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, 1)", id, CALL, "試行瀏覽器測試徵件", "Pilots of the browser test.",
                "瀏覽器測試的試行。", now.minusDays(90), now.minusDays(30), DemoUsers.SECRETARIAT_ADMIN.email,
                now.minusDays(100), now.minusDays(10));
        database.update("INSERT INTO solution_call_theme (call_id, ordinal, name_en, name_zh) VALUES (?, 0, ?, ?)", id,
                "Sustainable energy", "永續能源");
        database.update("INSERT INTO solution_call_criterion (call_id, ordinal, name_en, name_zh, weight_percent)"
                + " VALUES (?, 0, ?, ?, 100)", id, "Impact", "影響力");
        String steel = database.value("SELECT id FROM member_company WHERE ubn = ?", DemoUsers.STEEL_UBN);
        long challenge = Long.parseLong(database.value("SELECT COALESCE(MAX(id), 0) + 2000 FROM solution_challenge"));
        database.update("INSERT INTO solution_challenge (id, call_id, company_id, title, emissions_source, site, scope,"
                + " tonnes_per_year, required_outcome, shareable_data, status, posted_by, posted_at, decided_by,"
                + " decided_at, version) VALUES (?, ?, ?, ?, ?, ?, 'SCOPE_1', 9000, ?, ?, 'APPROVED', ?, ?, ?, ?, 2)",
                challenge, id, Long.valueOf(steel), CHALLENGE, "Flares of the coke oven gas holder", "Harbor Crest Steel, Xiaogang works",
                "Use the flared gas instead of burning it", "Flare flow by the hour for 2025", DemoUsers.STEEL_MEMBER.email,
                now.minusDays(85), DemoUsers.REVIEWER.email, now.minusDays(84));
        String provider = database.value("SELECT id FROM user_account WHERE email = ?", PROVIDER_EMAIL);
        long proposal = Long.parseLong(database.value("SELECT COALESCE(MAX(id), 0) + 2000 FROM solution_proposal"));
        database.update("INSERT INTO solution_proposal (id, call_id, provider_account_id, challenge_id, title, summary,"
                + " expected_reduction_t, reduction_basis, cost_from_twd, cost_to_twd, readiness_level, status, outcome,"
                + " submitted_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 4200, ?, 50000000, 90000000, 7,"
                + " 'SUBMITTED', 'WINNER', ?, ?, 2)", proposal, id, Long.valueOf(provider), challenge, WINNER,
                "A small methanol unit fed with the coke oven gas that is flared today.",
                "Flared gas 2025 × emission factor", now.minusDays(60), now.minusDays(60));
        return id;
    }
}
