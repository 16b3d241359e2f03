package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A member files a year with an evidence PDF and sees it on track against the approved demo
 * pledge; the evidence downloads for the company and is refused to another company.
 */
class FilingInBrowserIT extends BrowserTest {

    /** The demo's open reporting year: the steel company has filed up to the year before. */
    private static final int YEAR = DemoYears.open().getValue();
    /** "27 % below the pathway (73,341 t)": per cent of the allowed level, then tonnes, no sign. */
    static final Pattern GAP_IN_WORDS_EN = Pattern.compile("\\d[\\d,]*(\\.\\d)? % (below|above) the pathway \\(\\d[\\d,]* t\\)");
    static final Pattern GAP_IN_WORDS_ZH = Pattern.compile("[低高]於減量路徑 \\d[\\d,]*(\\.\\d)? %（\\d[\\d,]* 公噸）");

    @Test
    void aMemberFilesAYearWithEvidenceAndSeesTheOnTrackStatus() throws Exception {
        signIn(DemoUsers.STEEL_MEMBER);
        browser.waiting().until(ExpectedConditions.urlContains("/member/home.xhtml"));
        browser.screenshot("member-home-before");
        selectMenu("newFiling:year", String.valueOf(YEAR));
        browser.driver().findElement(By.id("newFiling:start")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/member/filing.xhtml"));

        // 2,250,000 t in all: below Harbor Crest Steel's pathway (-52 % of 4,630,000 t from 2021 to 2032,
        // about 2,441,000 t allowed in 2031) in every year up to 2031, so on track whichever year the demo has open.
        type(Map.of("scope1", "1600000", "scope2LocationBased", "450000", "scope2MarketBased", "400000",
                "energyMwh", "5000000", "renewableSharePercent", "12"));
        // The form helps as the member types (issue 20, feature 4): last year's accepted figures under
        // the fields, running totals per scope, completeness, the evidence checklist beside the figures.
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("filing:summary"),
                "25 % complete"));
        String emissions = browser.driver().findElement(By.id("filing")).getText();
        assertTrue(emissions.contains("In " + (YEAR - 1) + ":"), "last year's accepted figures beside: " + emissions);
        String checklist = browser.driver().findElement(By.id("filing:figuresEvidence")).getText();
        assertTrue(checklist.contains("GHG inventory report") && checklist.contains("Renewable electricity certificates"),
                "a renewable share of 12 % asks for its certificates: " + checklist);
        assertTrue(summary().contains("15 of 20 figures still missing")
                && summary().contains("The preview appears once every figure is filled in."), summary());
        for (int row = 0; row < 15; row++) {
            selectMenu("filing:scope3:" + row + ":status", row == 0 ? "Reported" : "Not relevant");
            WebElement field = browser.driver().findElement(By.id(row == 0 ? "filing:scope3:0:tonnes"
                    : "filing:scope3:" + row + ":reason"));
            field.sendKeys(row == 0 ? "250000" : "Not material for a steel mill");
        }
        // Every figure in: 100 %, the total as the on-track judgement counts it (1,600,000 + 400,000 +
        // 250,000) and the preview of the verdict before submitting.
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("filing:summary"),
                "100 % complete"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("filing:preview"), "On track"));
        assertEquals("2,250,000", browser.driver().findElement(By.id("runningTotal")).getText());
        assertEquals("250,000", browser.driver().findElement(By.id("scope3Total")).getText());
        assertTrue(GAP_IN_WORDS_EN.matcher(summary()).find(), "the preview's gap in words: " + summary());
        assertTrue(browser.driver().findElement(By.id("filing:scope3")).getText().contains("In " + (YEAR - 1)),
                "last year's column beside the scope 3 categories");
        // The upload stands above the Submit button.
        assertTrue(browser.driver().findElement(By.id("evidence:upload")).getRect().getY()
                < browser.driver().findElement(By.id("filing:submit")).getRect().getY(), "upload above Submit");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                browser.driver().findElement(By.id("filing:summary")));
        browser.screenshot("filing-summary-and-preview");
        // Activity data for intensity targets: an output of zero is refused at its field, nothing saved.
        type(Map.of("productionOutput", "0", "productionUnit", "t of steel", "netRevenueMillionNtd", "96500"));
        browser.driver().findElement(By.id("filing:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//input[@id='filing:productionOutput']/following-sibling::*[contains(@class, 'ui-message')]"),
                "Production output must be above zero"));
        assertEquals("0", database().value("SELECT COUNT(*) FROM progress_filing f JOIN member_company c"
                + " ON c.id = f.company_id WHERE c.ubn = ? AND f.production_unit IS NOT NULL", DemoUsers.STEEL_UBN));
        type(Map.of("productionOutput", "2150000"));
        browser.driver().findElement(By.id("filing:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The filing is saved."));
        // The saved figures read back grouped, not as the stored "1600000.000" (issue 20, defect 4).
        assertEquals("1,600,000", fieldValue("filing:scope1"));
        assertEquals("250,000", fieldValue("filing:scope3:0:tonnes"));
        assertEquals("2,150,000", fieldValue("filing:productionOutput"));
        assertEquals("2150000.000|t of steel|96500.000", database().value("SELECT CONCAT(f.production_output, '|',"
                + " f.production_unit, '|', f.net_revenue_million_ntd) FROM progress_filing f JOIN member_company c"
                + " ON c.id = f.company_id WHERE c.ubn = ? AND f.reporting_year = ?", DemoUsers.STEEL_UBN,
                String.valueOf(YEAR)));

        // A file whose name says PDF but whose content is not: refused at the upload, nothing stored.
        Path fake = Files.createTempFile("not-really", ".pdf");
        Files.writeString(fake, "just some words, no document\u0000");
        browser.driver().findElement(By.id("evidence:upload_input")).sendKeys(fake.toString());
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence"),
                "are accepted as evidence"));
        assertEquals("0", database().value("SELECT COUNT(*) FROM evidence_file"));

        // A name PrimeFaces refuses (markup characters): a message at the field, not the error page.
        Path marked = Files.createTempDirectory("evidence").resolve("<b>statement|1.pdf");
        Files.write(marked, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.driver().findElement(By.id("evidence:upload_input")).sendKeys(marked.toString());
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence"),
                "This file name cannot be accepted"));
        assertEquals("0", database().value("SELECT COUNT(*) FROM evidence_file"));

        Path pdf = Files.createTempFile("inventory-report", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.driver().findElement(By.id("evidence:upload_input")).sendKeys(pdf.toString());
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".evidence-list"),
                pdf.getFileName().toString()));
        browser.screenshot("filing-form");

        browser.driver().findElement(By.id("filing:submit")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is submitted"));

        browser.driver().get(portalUri("/member/home.xhtml").toString());
        String filings = browser.driver().findElement(By.id("filings")).getText();
        assertTrue(filings.contains(String.valueOf(YEAR)) && filings.contains("Submitted") && filings.contains("On track"),
                filings);
        assertTrue(filings.contains("Target by target") && filings.contains("Scope 1+2")
                && filings.contains("Actual on the boundary"), "a row per target under the year's verdict: " + filings);
        // The gap to the pathway in words, in both languages, on the year and on each target (issue 20, defect 13).
        assertTrue(GAP_IN_WORDS_EN.matcher(filings).results().count() >= 2 && !filings.contains("Gap"),
                "the gap in words on the year and its target rows: " + filings);
        browser.screenshot("member-home-after");
        browser.driver().get(portalUri("/member/home.xhtml?lang=zh-TW").toString());
        String filingsZh = browser.driver().findElement(By.id("filings")).getText();
        assertTrue(GAP_IN_WORDS_ZH.matcher(filingsZh).results().count() >= 2, filingsZh);
        browser.screenshot("member-home-after-zh");
        browser.driver().get(portalUri("/member/home.xhtml?lang=en").toString());

        String evidenceId = database().value("SELECT e.id FROM evidence_file e JOIN progress_filing f ON f.id = e.filing_id"
                + " JOIN member_company c ON c.id = f.company_id WHERE c.ubn = ?", DemoUsers.STEEL_UBN);
        JsfClient owner = new JsfClient();
        assertTrue(owner.signIn(DemoUsers.STEEL_ADMIN.email, DemoUsers.STEEL_ADMIN.password));
        HttpResponse<String> download = owner.get("/evidence?id=" + evidenceId);
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertTrue(download.body().startsWith("%PDF-"));
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(null),
                "a binary type without the pages' charset");

        JsfClient otherCompany = new JsfClient();
        assertTrue(otherCompany.signIn(DemoUsers.PETROCHEMICAL_ADMIN.email, DemoUsers.PETROCHEMICAL_ADMIN.password));
        assertEquals(404, otherCompany.get("/evidence?id=" + evidenceId).statusCode(),
                "another company's evidence is answered like an unknown id");
        JsfClient secretariat = new JsfClient();
        assertTrue(secretariat.signIn(DemoUsers.REVIEWER.email, DemoUsers.REVIEWER.password));
        assertEquals(200, secretariat.get("/evidence?id=" + evidenceId).statusCode());
        HttpResponse<String> inPlace = secretariat.get("/evidence?id=" + evidenceId + "&inline=true");
        assertTrue(inPlace.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"));
        assertEquals("SAMEORIGIN", inPlace.headers().firstValue("X-Frame-Options").orElse(null));

        // The reviewer opens it from the queue, sees the PDF in place, returns it with a note on
        // scope 1 only; the member sees the note beside the field's name.
        signOut();
        signIn(DemoUsers.REVIEWER);
        browser.waiting().until(ExpectedConditions.urlContains("/secretariat/home.xhtml"));
        // The demo's own filings wait too (decision 0058): the count is all of them, the steel one found by its UBN.
        assertEquals(database().value("SELECT COUNT(*) FROM progress_filing WHERE status = 'SUBMITTED'"),
                browser.driver().findElement(By.cssSelector("#queue-FILING .queue-card__count")).getText());
        browser.screenshot("secretariat-home");
        browser.driver().get(portalUri("/secretariat/reviews.xhtml").toString());
        browser.screenshot("review-queues");
        browser.driver().get(portalUri("/secretariat/reviews.xhtml?q=" + DemoUsers.STEEL_UBN).toString());
        browser.driver().findElement(By.cssSelector("#FILING a.company-name")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/secretariat/filing-review.xhtml"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("iframe.evidence-preview")));
        String figures = browser.driver().findElement(By.id("decision:figures")).getText();
        assertTrue(figures.contains("2,150,000 t of steel") && figures.contains("96,500 million NTD"), figures);
        browser.driver().findElement(By.id("decision:figures:0:note")).sendKeys("Add the blast furnace stack test.");
        browser.screenshot("filing-review");
        browser.driver().findElement(By.id("decision:return")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "returned to the company"));
        assertEquals("RETURNED", database().value("SELECT f.status FROM progress_filing f JOIN member_company c"
                + " ON c.id = f.company_id WHERE c.ubn = ? AND f.reporting_year = ?", DemoUsers.STEEL_UBN, String.valueOf(YEAR)));

        signOut();
        signIn(DemoUsers.STEEL_MEMBER);
        browser.waiting().until(ExpectedConditions.urlContains("/member/home.xhtml"));
        browser.driver().findElement(By.linkText(String.valueOf(YEAR))).click();
        String notes = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reviewNotes"))).getText();
        assertTrue(notes.contains("Scope 1") && notes.contains("Add the blast furnace stack test."), notes);
        browser.screenshot("filing-returned-with-notes");
        browser.driver().get(browser.driver().getCurrentUrl() + "&lang=zh-TW");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reviewNotes")));
        assertEquals("1,600,000", fieldValue("filing:scope1"), "grouped by the page's locale in Chinese too");
        browser.screenshot("filing-returned-with-notes-zh");
        // The same help in Chinese: totals, completeness, the preview, the checklist; no raw keys.
        String summaryZh = summary();
        assertTrue(summaryZh.contains("即時合計") && summaryZh.contains("已完成 100 %") && summaryZh.contains("符合進度")
                && GAP_IN_WORDS_ZH.matcher(summaryZh).find(), summaryZh);
        String pageZh = browser.driver().findElement(By.id("main")).getText();
        assertTrue(pageZh.contains("這些數字的佐證文件") && pageZh.contains((YEAR - 1) + " 年："), pageZh);
        assertFalse(pageZh.contains("filing.") || pageZh.contains("evidence.") || pageZh.contains("???"), pageZh);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                browser.driver().findElement(By.id("filing:summary")));
        browser.screenshot("filing-summary-and-preview-zh");
        browser.driver().get(portalUri("/member/home.xhtml?lang=en").toString());
    }

    private String summary() {
        return browser.driver().findElement(By.id("filing:summary")).getText();
    }

    private String fieldValue(String id) {
        return browser.driver().findElement(By.id(id)).getDomProperty("value");
    }

    private void type(Map<String, String> fields) {
        fields.forEach((id, value) -> {
            WebElement input = browser.driver().findElement(By.id("filing:" + id));
            input.clear();
            input.sendKeys(value);
        });
    }

}
