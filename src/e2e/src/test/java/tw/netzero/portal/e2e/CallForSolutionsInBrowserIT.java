package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The call for solutions' cycle in a browser (issue 16): the public sees the demo's published
 * shortlist in both languages; a provider registers, verifies the address through the mailed link
 * and proposes to the open call; the deadline passes; the demo juror scores the proposal; the
 * secretariat publishes it as a winner; the public sees it in both languages. An anonymous reader of the
 * public page gets no HTTP session (issue 15).
 */
class CallForSolutionsInBrowserIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("test.smtp.port", 3025), "127.0.0.1", "smtp"));

    private static final Pattern LINK = Pattern.compile("http://\\S+/public/set-password\\.xhtml\\?token=[A-Za-z0-9_-]+");
    private static final String PROVIDER = "kenji.sato@osaka-hydrogen.example";
    private static final String PASSWORD = "Osaka-Hydrogen-Provider-2050";
    private static final String OPEN_CALL = "Call for Solutions: green living";
    private static final String TITLE = "Hydrogen buses for the harbour line";

    @Test
    void aProviderProposesAJurorScoresTheSecretariatPublishesAndThePublicSeesIt() throws Exception {
        browser.driver().get(portalUri("/public/solutions.xhtml?lang=en").toString());
        assertTrue(text("shortlists").contains("Rooftop solar on port warehouses"), "the demo's published shortlist");
        assertTrue(text("shortlists").contains("Winner"));
        // The winning ORC proposal addresses Harbor Crest Steel's challenge (decision 0044); the shore power one the call.
        assertTrue(text("shortlists").contains("Waste heat of the sinter cooler")
                && text("shortlists").contains("Harbor Crest Steel"), text("shortlists"));
        assertTrue(text("shortlists").contains("The call as a whole"));
        assertTrue(text("openCalls").contains(OPEN_CALL));
        browser.screenshot("solutions-en");
        browser.driver().get(portalUri("/public/solutions.xhtml?lang=zh-TW").toString());
        assertEquals("淨零解方徵件", browser.driver().findElement(By.tagName("h1")).getText());
        assertTrue(text("shortlists").contains("獲選") && text("shortlists").contains("港峰鋼鐵"));
        browser.screenshot("solutions-zh-TW");
        browser.driver().get(portalUri("/api/solutions/shortlist").toString());
        String json = browser.driver().findElement(By.tagName("body")).getText();
        assertTrue(json.contains("\"challenge\":{\"title\":\"Waste heat of the sinter cooler\"")
                && json.contains("\"challenge\":null"), json);

        browser.driver().get(portalUri("/public/provider-register.xhtml?lang=en").toString());
        type("registration:organisation", "Osaka Hydrogen Mobility");
        selectMenu("registration:country", "Japan");
        type("registration:contactName", "Kenji Sato");
        type("registration:email", PROVIDER);
        browser.screenshot("provider-register-en");
        browser.driver().findElement(By.id("registration:submit")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("registrationReceived")));
        assertEquals("PROVIDER", database().value("SELECT role FROM user_account WHERE email = ?", PROVIDER));

        browser.driver().get(linkIn(mailTo(PROVIDER)));
        type("password:newPassword", PASSWORD);
        type("password:confirmation", PASSWORD);
        browser.driver().findElement(By.id("password:submit")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("password")));

        signInAs(PROVIDER, PASSWORD);
        browser.waiting().until(ExpectedConditions.urlContains("/provider/proposals.xhtml"));
        type("proposal:title", TITLE);
        type("proposal:expectedReductionTonnesPerYear_input", "2600");
        selectMenu("proposal:readinessLevel", "TRL 7: prototype demonstrated in operation");
        type("proposal:costFromTwd_input", "90000000");
        type("proposal:costToTwd_input", "150000000");
        type("proposal:summary", "Twenty fuel-cell buses on the harbour line, refuelled from by-product hydrogen.");
        type("proposal:reductionBasis", "Diesel use of the line in 2025 × 2.68 kg CO2e/l, less the hydrogen's supply chain");
        browser.driver().findElement(By.id("proposal:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine"), TITLE));
        browser.screenshot("provider-proposals-en");
        signOut();

        // The deadline passes (moved in the database, as days going by would).
        String callId = database().value("SELECT id FROM solution_call WHERE title_en = ?", OPEN_CALL);
        assertEquals(1, database().update("UPDATE solution_call SET closes_at = ? WHERE id = ?",
                LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1), Long.valueOf(callId)));
        String proposalId = database().value("SELECT id FROM solution_proposal WHERE title = ?", TITLE);

        signInAs("juror@netzero-alliance.example", "Juror-Demo-2050");
        browser.waiting().until(ExpectedConditions.urlContains("/juror/jury.xhtml"));
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='" + OPEN_CALL + "']")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("jury:assigned"), TITLE));
        browser.driver().findElement(By.xpath("//tr[td[normalize-space(.)='" + TITLE + "']]//button")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("jury:score")));
        for (int criterion = 0; criterion < 6; criterion++) {
            selectMenu("jury:criteria:" + criterion + ":score", criterion % 2 == 0 ? "5" : "4");
        }
        type("jury:comment", "Proven buses; hydrogen supply is local.");
        browser.driver().findElement(By.id("jury:score")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Your scores are saved."));
        browser.screenshot("jury-scoring-en");
        assertEquals("1", database().value("SELECT COUNT(*) FROM solution_scorecard WHERE proposal_id = ?",
                Long.valueOf(proposalId)));
        signOut();

        signIn(DemoUsers.SECRETARIAT_ADMIN);
        browser.driver().get(portalUri("/secretariat/call.xhtml?lang=en&id=" + callId).toString());
        assertTrue(text("ranking").contains(TITLE));
        assertTrue(text("ranking").contains("4.60"), "weighted: 30 %×5 + 10 %×4 + 20 %×5 + 20 %×4 + 10 %×5 + 10 %×4");
        browser.driver().findElement(By.xpath("//*[@id='results:shortlist']//label[normalize-space(.)='" + TITLE + "']")).click();
        browser.driver().findElement(By.xpath("//*[@id='results:winners']//label[normalize-space(.)='" + TITLE + "']")).click();
        browser.screenshot("secretariat-call-en");
        browser.driver().findElement(By.id("results:publish")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "published"));
        browser.driver().get(portalUri("/secretariat/call.xhtml?lang=zh-TW&id=" + callId).toString());
        browser.screenshot("secretariat-call-zh-TW");
        signOut();

        browser.driver().get(portalUri("/public/solutions.xhtml?lang=zh-TW").toString());
        assertTrue(text("shortlists").contains(TITLE));
        assertTrue(text("shortlists").contains("日本"), "the country in Chinese");
        browser.screenshot("solutions-published-zh-TW");
        browser.driver().get(portalUri("/public/solutions.xhtml?lang=en").toString());
        assertTrue(text("shortlists").contains("Osaka Hydrogen Mobility"));
        browser.screenshot("solutions-published-en");
    }

    @Test
    void anAnonymousReaderOfThePublicPageGetsNoSessionAndNoViewState() throws Exception {
        // No cookie store: every request is a first visit, and Set-Cookie is seen as sent.
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> sessions = new ArrayList<>();
        for (String language : List.of("en", "zh-TW")) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(portalUri("/public/solutions.xhtml"))
                    .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), language);
            assertTrue(page.body().contains("id=\"shortlists\""), "the page itself");
            assertFalse(page.body().contains("jakarta.faces.ViewState"), language + ": no view state");
            page.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID"))
                    .forEach(cookie -> sessions.add(language + " " + cookie));
        }
        assertEquals(List.of(), sessions);
    }

    private void type(String id, String text) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static MimeMessage mailTo(String address) {
        assertTrue(SMTP.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), 1), "a mail arrives");
        return Arrays.stream(SMTP.getReceivedMessages()).map(MimeMessage.class::cast).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException unreadable) {
                return false;
            }
        }).reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no mail to " + address));
    }

    private static String linkIn(MimeMessage message) throws Exception {
        Matcher matcher = LINK.matcher((String) message.getContent());
        assertTrue(matcher.find());
        return matcher.group();
    }
}
