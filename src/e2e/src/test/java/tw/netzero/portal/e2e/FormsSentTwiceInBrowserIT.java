package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 15, item 2 (forms): a double click on a submitting button and the browser sending a form
 * again (Back, then "resend") never take a step twice and never show the error page; the request
 * that comes second is told kindly that the step was taken already. The page itself sends the form:
 * twice at once (a double click: two POSTs with the same view state before either is answered),
 * then once more after both were answered (the resend: the same POST again).
 */
class FormsSentTwiceInBrowserIT extends BrowserTest {

    /** The demo's open reporting year: the steel company has filed up to the year before. */
    private static final int YEAR = DemoYears.open().getValue();

    /**
     * Sends the form as its button would, twice at once and then once more; answers each POST's
     * status and body, in the order the requests were sent. Runs in the page, with its cookies.
     */
    private static final String SEND_TWICE_THEN_AGAIN = """
            const [formId, buttonId, done] = arguments;
            const form = document.getElementById(formId);
            const body = new URLSearchParams(new FormData(form));
            body.append(buttonId, '');
            const send = () => fetch(form.action, {method: 'POST', body: body.toString(),
                    headers: {'Content-Type': 'application/x-www-form-urlencoded'}})
                .then(answer => answer.text().then(text => answer.status + '\\n' + text));
            Promise.all([send(), send()])
                .then(twice => send().then(again => done([...twice, again])))
                .catch(failure => done(['0\\n' + failure]));
            """;

    @Test
    void aFilingSubmittedAndDecidedTwiceIsSubmittedAndDecidedOnce() throws Exception {
        long filing = filingSubmittedThroughTheApi();

        signIn(DemoUsers.REVIEWER);
        browser.driver().get(portalUri("/secretariat/filing-review.xhtml?lang=en&id=" + filing).toString());
        browser.driver().findElement(By.id("decision:comment")).sendKeys("Add the blast furnace stack test.");
        List<String> returned = sendTwiceThenAgain("decision", "decision:return");
        assertStepTakenOnce(returned, "returned to the company", "This is already decided");
        assertEquals("FILING_STARTED,FILING_SAVED,FILING_SUBMITTED,FILING_RETURNED", auditOf(filing));
        show(returned.get(2), "forms-sent-again-review-en");
        browser.driver().get(portalUri("/secretariat/home.xhtml").toString());
        signOut();

        signIn(DemoUsers.STEEL_MEMBER);
        browser.driver().get(portalUri("/member/filing.xhtml?lang=zh-TW&id=" + filing).toString());
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("filing:submit")));
        List<String> submitted = sendTwiceThenAgain("filing", "filing:submit");
        assertStepTakenOnce(submitted, YEAR + " 年度申報已送出，秘書處將進行審查。", YEAR + " 年度申報已送出；再次送出表單未變更任何資料。");
        // One submission from the page: its save and its submission, once.
        assertEquals("FILING_STARTED,FILING_SAVED,FILING_SUBMITTED,FILING_RETURNED,FILING_SAVED,FILING_SUBMITTED",
                auditOf(filing));
        show(submitted.get(2), "forms-sent-again-filing-zh");
        browser.driver().get(portalUri("/member/home.xhtml?lang=en").toString());
        signOut();

        signIn(DemoUsers.REVIEWER);
        browser.driver().get(portalUri("/secretariat/filing-review.xhtml?lang=en&id=" + filing).toString());
        List<String> accepted = sendTwiceThenAgain("decision", "decision:accept");
        assertStepTakenOnce(accepted, "is accepted", "This is already decided");
        assertEquals("FILING_STARTED,FILING_SAVED,FILING_SUBMITTED,FILING_RETURNED,FILING_SAVED,FILING_SUBMITTED,FILING_ACCEPTED",
                auditOf(filing));
        assertEquals("ACCEPTED", database().value("SELECT status FROM progress_filing WHERE id = ?", filing));
    }

    /** Every answer is the page (200, no error page, no stack trace); one took the step, the others say it was taken. */
    private static void assertStepTakenOnce(List<String> answers, String taken, String takenAlready) {
        assertEquals(3, answers.size(), answers.toString());
        int takenCount = 0;
        for (String answer : answers) {
            String status = answer.substring(0, answer.indexOf('\n'));
            String page = answer.substring(answer.indexOf('\n') + 1);
            assertEquals("200", status, page);
            assertFalse(showsAStackTrace(page), page);
            assertFalse(page.contains("Something went wrong") || page.contains("發生錯誤"), "not the error page: " + page);
            if (page.contains(taken)) {
                takenCount++;
            } else {
                assertTrue(page.contains(takenAlready), "the answer says the step was taken already: " + page);
            }
        }
        assertEquals(1, takenCount, "one answer took the step");
    }

    private List<String> sendTwiceThenAgain(String formId, String buttonId) {
        @SuppressWarnings("unchecked")
        List<String> answers = (List<String>) ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(SEND_TWICE_THEN_AGAIN, formId, buttonId);
        return answers;
    }

    /** Puts an answer's page in the browser, to look at (screenshot). */
    private void show(String answer, String screenshot) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.open(); document.write(arguments[0]); document.close(); window.scrollTo(0, 0);", answer.substring(answer.indexOf('\n') + 1));
        browser.screenshot(screenshot);
    }

    private static String auditOf(long filing) {
        return String.join(",", database().column(
                "SELECT action FROM audit_entry WHERE target_type = 'filing' AND target_id = ? ORDER BY id", filing));
    }

    /** The steel company's filing of {@link #YEAR}, submitted through the member API. */
    private static long filingSubmittedThroughTheApi() throws IOException, InterruptedException {
        JsfClient member = new JsfClient();
        assertTrue(member.signIn(DemoUsers.STEEL_ADMIN.email, DemoUsers.STEEL_ADMIN.password));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        portalUri("/api/member/companies/" + DemoUsers.STEEL_UBN + "/filings/" + YEAR))
                .header("Content-Type", "application/json")
                .header("Cookie", "JSESSIONID=" + member.sessionId().orElseThrow())
                .PUT(HttpRequest.BodyPublishers.ofString(MemberFilingApiIT.completeFiling().build().toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return Long.parseLong(database().value("SELECT f.id FROM progress_filing f JOIN member_company c"
                + " ON c.id = f.company_id WHERE c.ubn = ? AND f.reporting_year = ?", DemoUsers.STEEL_UBN, YEAR));
    }
}
