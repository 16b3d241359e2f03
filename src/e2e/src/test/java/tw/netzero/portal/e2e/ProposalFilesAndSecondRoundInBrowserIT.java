package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Proposals' files and the second round in Chromium (issue 16, items 3 and 4; decision 0055), in both
 * languages. The demo provider attaches a data sheet to its proposal under the open call (a file that is
 * not what its name says is refused at the upload); the deadline passes; the demo juror finds the file with
 * the proposal and downloads it. On a call whose first two places tie for its one winner place the
 * secretariat asks for a second round, the juror sees the two proposals marked and scores them again, and
 * the ranking counts round two with round one's score kept beside it.
 */
class ProposalFilesAndSecondRoundInBrowserIT extends BrowserTest {

    private static final String OPEN_CALL = "Call for Solutions: green living";
    private static final String PROPOSAL = "Community solar for public housing";
    private static final String PROVIDER = "provider@kaohsiung-solar-works.example";
    private static final String PROVIDER_PASSWORD = "Provider-Demo-2050";
    private static final String JUROR = "juror@netzero-alliance.example";
    private static final String JUROR_PASSWORD = "Juror-Demo-2050";
    private static final String CLOSE_CALL = "Call for Solutions: browser test of the second round";
    private static final String CLOSE_CALL_ZH = "第二輪瀏覽器測試徵件";
    private static final String FIRST = "Heat pumps for the night market, browser test";
    private static final String SECOND = "Solar canopies over the bus depot, browser test";

    @Test
    void aProviderAttachesAFileAndTheJurorDownloadsItAfterTheDeadline() throws Exception {
        signInAs(PROVIDER, PROVIDER_PASSWORD);
        browser.waiting().until(ExpectedConditions.urlContains("/provider/proposals.xhtml"));
        browser.driver().get(portalUri("/provider/proposals.xhtml?lang=en").toString());
        assertTrue(text("files").contains("submit the proposal, then choose Edit"));
        edit(PROPOSAL);
        // A refused save shows the typed figure again, grouped, and saves it once corrected: p:inputNumber
        // reads the plain number it formats itself, not the pages' grouped decimal (decision 0055).
        assertEquals("3,400", fieldValue("proposal:expectedReductionTonnesPerYear_input"));
        retype("proposal:expectedReductionTonnesPerYear_input", "3900");
        browser.driver().findElement(By.id("proposal:summary")).clear();
        browser.driver().findElement(By.id("proposal:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("proposal"), "Summarise the solution."));
        assertEquals("3,900", fieldValue("proposal:expectedReductionTonnesPerYear_input"));
        retype("proposal:summary", "Shared rooftop solar on public housing, the savings passed to the tenants.");
        browser.driver().findElement(By.id("proposal:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Your proposal is saved."));
        assertEquals("3900.000", database().value("SELECT expected_reduction_t FROM solution_proposal WHERE title = ?", PROPOSAL));
        edit(PROPOSAL);

        Path fake = Files.createTempFile("roof-plan", ".pdf");
        Files.writeString(fake, "a plain note, no document\u0000");
        browser.driver().findElement(By.id("fileUpload:upload_input")).sendKeys(fake.toString());
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("fileUpload"),
                "are accepted as evidence"));
        assertEquals("0", database().value("SELECT COUNT(*) FROM solution_proposal_attachment a JOIN solution_proposal p"
                + " ON p.id = a.proposal_id WHERE p.title = ?", PROPOSAL));

        Path sheet = Files.createTempDirectory("files").resolve("community-solar-data-sheet.pdf");
        Files.write(sheet, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.driver().findElement(By.id("fileUpload:upload_input")).sendKeys(sheet.toString());
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("fileList"),
                "community-solar-data-sheet.pdf"));
        assertTrue(text("mine").contains("community-solar-data-sheet.pdf"), "listed with the proposal");
        scrollTo("files");
        browser.screenshot("proposal-files-en");
        browser.driver().get(portalUri("/provider/proposals.xhtml?lang=zh-TW").toString());
        assertTrue(text("mine").contains("附件") && text("mine").contains("community-solar-data-sheet.pdf"), text("mine"));
        assertTrue(text("files").contains("截止前可新增或移除檔案"));
        browser.screenshot("proposal-files-zh-TW");
        signOut();

        // The deadline passes (moved in the database, as days going by would).
        assertEquals(1, database().update("UPDATE solution_call SET closes_at = ? WHERE title_en = ?",
                LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1), OPEN_CALL));

        signInAs(JUROR, JUROR_PASSWORD);
        browser.driver().get(portalUri("/juror/jury.xhtml?lang=en").toString());
        openProposal(OPEN_CALL, PROPOSAL);
        assertTrue(text("proposalFiles").contains("community-solar-data-sheet.pdf"));
        browser.screenshot("jury-proposal-files-en");
        String href = browser.driver().findElement(By.cssSelector("#proposalFiles a")).getAttribute("href");
        String fileId = href.substring(href.indexOf("id=") + 3);
        browser.driver().get(portalUri("/juror/jury.xhtml?lang=zh-TW").toString());
        openProposal("淨零解方徵件：綠色生活", PROPOSAL);
        assertTrue(text("proposal").contains("附件"));
        browser.screenshot("jury-proposal-files-zh-TW");
        signOut();

        JsfClient juror = new JsfClient();
        assertTrue(juror.signIn(JUROR, JUROR_PASSWORD));
        HttpResponse<String> download = juror.get("/proposal-attachment?id=" + fileId);
        assertEquals(200, download.statusCode());
        assertTrue(download.body().startsWith("%PDF-"));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("")
                .contains("community-solar-data-sheet.pdf"));
        assertEquals("private, no-store", download.headers().firstValue("Cache-Control").orElse(null));
        JsfClient anonymous = new JsfClient();
        assertTrue(anonymous.get("/proposal-attachment?id=" + fileId).uri().getPath().endsWith("/public/login.xhtml"),
                "never public");
    }

    @Test
    void theSecretariatAsksForASecondRoundOnATieAtTheWinnersLineAndTheJuryScoresAgain() {
        long callId = tiedCall();

        signIn(DemoUsers.SECRETARIAT_ADMIN);
        browser.driver().get(portalUri("/secretariat/call.xhtml?lang=en&id=" + callId).toString());
        assertTrue(text("closeCall").contains("The ranking is close at the winners' line"), text("closeCall"));
        browser.driver().findElement(By.id("secondRound:ask")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "asked for a second round"));
        assertTrue(text("ranking").contains("Second round") && text("ranking").contains("round one: 4.00"),
                text("ranking"));
        scrollTo("ranking");
        browser.screenshot("second-round-asked-en");
        browser.driver().get(portalUri("/secretariat/call.xhtml?lang=zh-TW&id=" + callId).toString());
        assertTrue(text("ranking").contains("第二輪") && text("secondRoundAsked").contains("由 " + DemoUsers.SECRETARIAT_ADMIN.email),
                text("ranking"));
        scrollTo("ranking");
        browser.screenshot("second-round-asked-zh-TW");
        signOut();

        signInAs(JUROR, JUROR_PASSWORD);
        browser.driver().get(portalUri("/juror/jury.xhtml?lang=zh-TW").toString());
        chooseCall(CLOSE_CALL_ZH);
        assertTrue(text("secondRoundNotice").contains("第二輪"));
        browser.screenshot("jury-second-round-zh-TW");
        browser.driver().get(portalUri("/juror/jury.xhtml?lang=en").toString());
        chooseCall(CLOSE_CALL);
        assertTrue(text("jury:assigned").contains("Second round"));
        scoreAgain(FIRST, "5");
        scoreAgain(SECOND, "3");
        browser.screenshot("jury-second-round-en");
        signOut();

        signIn(DemoUsers.REVIEWER);
        browser.driver().get(portalUri("/secretariat/call.xhtml?lang=en&id=" + callId).toString());
        String ranking = text("ranking");
        assertTrue(ranking.indexOf(FIRST) < ranking.indexOf(SECOND) && ranking.contains("5.00")
                && ranking.contains("3.00") && !ranking.contains("(tied)"), ranking);
        assertEquals("2", database().value("SELECT COUNT(*) FROM solution_scorecard WHERE round_number = 2"
                + " AND proposal_id IN (SELECT id FROM solution_proposal WHERE call_id = ?)", callId));
        assertEquals("2", database().value("SELECT COUNT(*) FROM solution_scorecard WHERE round_number = 1"
                + " AND proposal_id IN (SELECT id FROM solution_proposal WHERE call_id = ?)", callId),
                "round one kept for the record");
        assertFalse(text("secondRound").contains("Ask the jury"));
        scrollTo("ranking");
        browser.screenshot("second-round-ranked-en");
        signOut();
    }

    private void edit(String title) {
        browser.driver().findElement(By.xpath("//tr[td[normalize-space(.)='" + title + "']]//button[normalize-space(.)='Edit']"))
                .click();
        // The upload arrives by ajax: its widget must be bound before a file is chosen.
        browser.waiting().until(driver -> Boolean.TRUE.equals(browser.driver().executeScript("return !!window.PrimeFaces"
                + " && Object.values(PrimeFaces.widgets).some(widget => widget && widget.id === 'fileUpload:upload');")));
    }

    private String fieldValue(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    private void openProposal(String call, String title) {
        chooseCall(call);
        browser.driver().findElement(By.xpath("//tr[td[normalize-space(.)='" + title + "']]//button")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("jury:score")));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("proposal"), title));
    }

    private void chooseCall(String title) {
        WebElement shown = browser.driver().findElement(By.id("jury:assigned"));
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='" + title + "']")).click();
        browser.waiting().until(ExpectedConditions.stalenessOf(shown));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("jury:assigned"),
                title.equals(CLOSE_CALL) || title.equals(CLOSE_CALL_ZH) ? FIRST : PROPOSAL));
    }

    private void scoreAgain(String title, String score) {
        openProposal(CLOSE_CALL, title);
        assertTrue(text("proposal").contains("score it again"));
        selectMenu("jury:criteria:0:score", score);
        browser.driver().findElement(By.id("jury:score")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Your scores are saved."));
    }

    /**
     * A call of this test's own, closed a minute ago, one criterion, one winner: two proposals of the demo
     * provider, each scored 4 by the demo juror (seated) in round one, so they tie at the winners' line.
     */
    private static long tiedCall() {
        Database database = database();
        long id = Long.parseLong(database.value("SELECT COALESCE(MAX(id), 0) + 1000 FROM solution_call"));
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        database.update("INSERT INTO solution_call (id, title_en, title_zh, description_en, description_zh, opens_at,"
                + " closes_at, winners, created_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 1)", id,
                CLOSE_CALL, CLOSE_CALL_ZH, "The second round's browser test.", "第二輪的瀏覽器測試。", now.minusDays(10),
                now.minusMinutes(1), DemoUsers.SECRETARIAT_ADMIN.email, now.minusDays(11));
        database.update("INSERT INTO solution_call_theme (call_id, ordinal, name_en, name_zh) VALUES (?, 0, ?, ?)", id,
                "Green living", "綠色生活");
        database.update("INSERT INTO solution_call_criterion (call_id, ordinal, name_en, name_zh, weight_percent)"
                + " VALUES (?, 0, ?, ?, 100)", id, "Impact", "影響力");
        String provider = database.value("SELECT id FROM user_account WHERE email = ?", PROVIDER);
        String juror = database.value("SELECT id FROM user_account WHERE email = ?", JUROR);
        database.update("INSERT INTO solution_juror (id, call_id, juror_account_id, invited_by, invited_at)"
                + " VALUES (?, ?, ?, ?, ?)", id, id, Long.valueOf(juror), DemoUsers.SECRETARIAT_ADMIN.email, now.minusDays(10));
        long proposal = id;
        for (String title : new String[] {FIRST, SECOND}) {
            proposal++;
            database.update("INSERT INTO solution_proposal (id, call_id, provider_account_id, title, summary,"
                    + " expected_reduction_t, reduction_basis, cost_from_twd, cost_to_twd, readiness_level, status, outcome,"
                    + " submitted_at, updated_at, version) VALUES (?, ?, ?, ?, ?, 1000, ?, 1000000, 2000000, 6, 'SUBMITTED',"
                    + " 'NONE', ?, ?, 1)", proposal, id, Long.valueOf(provider), title, "A browser test's proposal.",
                    "Metered use of 2025 × grid factor 0.494 kg CO2e/kWh", now.minusDays(5), now.minusDays(5));
            database.update("INSERT INTO solution_scorecard (id, proposal_id, juror_account_id, scored_at, version,"
                    + " round_number) VALUES (?, ?, ?, ?, 1, 1)", proposal, proposal, Long.valueOf(juror), now);
            database.update("INSERT INTO solution_score (scorecard_id, criterion_position, score) VALUES (?, 0, 4)",
                    proposal);
        }
        return id;
    }
}
