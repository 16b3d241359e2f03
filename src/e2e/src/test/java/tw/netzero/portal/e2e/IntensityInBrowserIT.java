package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.json.Json;
import javax.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Emissions intensity (issue 17, item 5; decision 0042): Linyuan Aromatics' admin files the open year
 * with its net revenue and production output in the form; once the secretariat accepts it, the public
 * profile, {@code GET /api/members/{ubn}} and the dashboard show t CO2e of scope 1 + 2 per million NTD
 * and per unit of output, in English and 繁體中文; the dashboard per industry group and in its downloads, and the
 * open-data download {@code /public/intensity-export} (decision 0048).
 *
 * <p>Scope 1 120,000 t, scope 2 80,000 t market-based (90,000 t location-based), net revenue 50,000
 * million NTD, 400,000 t of aromatics: 200,000 / 50,000 = 4.000 and 210,000 / 50,000 = 4.200 per
 * million NTD; 200,000 / 400,000 = 0.500 and 210,000 / 400,000 = 0.525 per tonne. No demo filing
 * states revenue, so the open year is the dashboard's only line.
 */
class IntensityInBrowserIT extends BrowserTest {

    private static final int YEAR = DemoYears.open().getValue();
    private static final String UBN = DemoUsers.PETROCHEMICAL_UBN;

    @Test
    void revenueAndOutputFiledInTheFormShowAsIntensityOnceAccepted() {
        signIn(DemoUsers.PETROCHEMICAL_ADMIN);
        browser.waiting().until(ExpectedConditions.urlContains("/member/home.xhtml"));
        selectMenu("newFiling:year", String.valueOf(YEAR));
        browser.driver().findElement(By.id("newFiling:start")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/member/filing.xhtml"));
        type(Map.of("scope1", "120000", "scope2LocationBased", "90000", "scope2MarketBased", "80000",
                "energyMwh", "600000", "renewableSharePercent", "8"));
        for (int row = 0; row < 15; row++) {
            selectMenu("filing:scope3:" + row + ":status", row == 0 ? "Reported" : "Not relevant");
            browser.driver().findElement(By.id(row == 0 ? "filing:scope3:0:tonnes" : "filing:scope3:" + row + ":reason"))
                    .sendKeys(row == 0 ? "30000" : "Not material for an aromatics plant");
        }
        // A unit without its output is refused at the output field; nothing is saved.
        type(Map.of("productionUnit", "t of aromatics", "netRevenueMillionNtd", "50000"));
        browser.driver().findElement(By.id("filing:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//input[@id='filing:productionOutput']/following-sibling::*[contains(@class, 'ui-message')]"),
                "Give the production output for this unit"));
        type(Map.of("productionOutput", "400000"));
        browser.driver().findElement(By.id("filing:submit")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is submitted"));
        String filing = database().value("SELECT f.id FROM progress_filing f JOIN member_company c"
                + " ON c.id = f.company_id WHERE c.ubn = ? AND f.reporting_year = ?", UBN, String.valueOf(YEAR));
        signOut();

        signIn(DemoUsers.REVIEWER);
        browser.driver().get(portalUri("/secretariat/filing-review.xhtml?lang=en&id=" + filing).toString());
        browser.driver().findElement(By.id("decision:accept")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is accepted"));

        browser.driver().get(portalUri("/secretariat/dashboard.xhtml?lang=en&year=" + YEAR).toString());
        String byRevenue = rowOf("intensityByRevenue", YEAR);
        assertTrue(byRevenue.contains("50,000") && byRevenue.contains("4.000") && byRevenue.contains("4.200"), byRevenue);
        String byOutput = rowOf("intensityByOutput", YEAR);
        assertTrue(byOutput.contains("t of aromatics") && byOutput.contains("0.500") && byOutput.contains("0.525"), byOutput);
        // Per industry group, revenue-weighted (decision 0048): Linyuan alone among the petrochemical members.
        String byGroup = rowOf("intensityByGroup", YEAR);
        assertTrue(byGroup.contains("Petrochemicals") && byGroup.contains("50,000") && byGroup.contains("4.200"), byGroup);
        scrollTo("intensity");
        browser.screenshot("intensity-dashboard-en");
        browser.driver().get(portalUri("/secretariat/dashboard.xhtml?lang=zh-TW&year=" + YEAR).toString());
        String dashboardZh = browser.driver().findElement(By.id("intensity")).getText();
        assertTrue(dashboardZh.contains("排放密集度") && dashboardZh.contains("每百萬新臺幣 tCO2e") && dashboardZh.contains("4.000"),
                dashboardZh);
        assertFalse(dashboardZh.contains("intensity."), "no raw message keys: " + dashboardZh);
        scrollTo("intensity");
        browser.screenshot("intensity-dashboard-zh-TW");
        browser.driver().get(portalUri("/secretariat/home.xhtml?lang=en").toString());
        signOut();

        browser.driver().get(portalUri("/public/member.xhtml?lang=en&ubn=" + UBN).toString());
        String profile = rowOf("intensity", YEAR);
        assertTrue(profile.contains("50,000") && profile.contains("4.000") && profile.contains("4.200")
                && profile.contains("400,000 t of aromatics") && profile.contains("0.500") && profile.contains("0.525"),
                profile);
        scrollTo("intensity");
        browser.screenshot("intensity-profile-en");
        browser.driver().get(portalUri("/public/member.xhtml?lang=zh-TW&ubn=" + UBN).toString());
        String profileZh = browser.driver().findElement(By.id("intensity")).getText();
        assertTrue(profileZh.contains("排放密集度") && profileZh.contains("營業收入淨額") && profileZh.contains("4.200"),
                profileZh);
        assertFalse(profileZh.contains("intensity."), "no raw message keys: " + profileZh);
        scrollTo("intensity");
        browser.screenshot("intensity-profile-zh-TW");

        JsonObject member = Json.createReader(new StringReader(new JsfClient().get("/api/members/" + UBN).body()))
                .readObject();
        JsonObject year = member.getJsonArray("reportedYears")
                .getValuesAs(JsonObject.class).stream().filter(reported -> reported.getInt("year") == YEAR)
                .findFirst().orElseThrow().getJsonObject("intensity");
        assertEquals(new BigDecimal("50000"), year.getJsonNumber("netRevenueMillionNtd").bigDecimalValue());
        assertEquals(new BigDecimal("4"), year.getJsonNumber("scope12MarketBasedPerMillionNtd").bigDecimalValue());
        assertEquals(new BigDecimal("4.2"), year.getJsonNumber("scope12LocationBasedPerMillionNtd").bigDecimalValue());
        assertEquals("t of aromatics", year.getString("productionUnit"));
        assertEquals(new BigDecimal("0.5"), year.getJsonNumber("scope12MarketBasedPerUnit").bigDecimalValue());
        assertEquals(new BigDecimal("0.525"), year.getJsonNumber("scope12LocationBasedPerUnit").bigDecimalValue());

        // The same figures as open data (decision 0048), linked from the directory, and in the dashboard's downloads.
        JsfClient visitor = new JsfClient();
        assertTrue(visitor.get("/public/members.xhtml").body().contains("/public/intensity-export?format=csv"));
        String openData = new String(visitor.download("/public/intensity-export?format=csv").body(), StandardCharsets.UTF_8);
        assertTrue(openData.startsWith("\uFEFF# Licence: CC BY 4.0"), openData);
        assertTrue(openData.lines().anyMatch(line -> line.startsWith(UBN + ",") && line.endsWith(
                "," + YEAR + ",50000,4.000,4.200,400000,t of aromatics,0.500,0.525")), openData);
        JsfClient reviewer = new JsfClient();
        assertTrue(reviewer.signIn(DemoUsers.REVIEWER.email, DemoUsers.REVIEWER.password));
        String byGroupCsv = new String(reviewer.download("/secretariat/dashboard-export?table=intensity-by-industry-group"
                + "&format=csv&year=" + YEAR).body(), StandardCharsets.UTF_8);
        assertTrue(byGroupCsv.contains(YEAR + ",Petrochemicals,1,50000,4.000,4.200"), byGroupCsv);
    }

    /** The text of the row of a year in the table inside the element with this id. */
    private static String rowOf(String id, int year) {
        return browser.driver().findElements(By.cssSelector("#" + id + " tbody tr")).stream().map(WebElement::getText)
                .filter(text -> text.startsWith(String.valueOf(year))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + year + " in #" + id + ": "
                        + browser.driver().findElement(By.id(id)).getText()));
    }

    private void type(Map<String, String> fields) {
        fields.forEach((id, value) -> {
            WebElement input = browser.driver().findElement(By.id("filing:" + id));
            input.clear();
            input.sendKeys(value);
        });
    }
}
