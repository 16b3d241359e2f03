package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.json.Json;
import javax.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The city's carbon budget (issue 17, item 1; decision 0037): the demo's 2025–26 period (50.94 Mt CO2e,
 * the ordinance's) on the public page in both languages and as JSON and CSV; the secretariat admin
 * enters a second period, and one sharing a year is refused at its field.
 */
class CityBudgetInBrowserIT extends BrowserTest {

    @Test
    void everyoneReadsTheBudgetInBothLanguagesAndAsOpenData() {
        browser.driver().get(portalUri("/public/city-budget.xhtml").toString());
        assertEquals("City carbon budget", browser.driver().findElement(By.tagName("h1")).getText());
        String budget = browser.driver().findElement(By.id("cityBudget")).getText();
        assertTrue(budget.contains("Budget period 2025–2026") && budget.contains("50,940,000"), budget);
        assertTrue(budget.contains("All members") && budget.contains("Share of the city budget"), budget);
        // Issue 17, item 1's trend (decision 0058): the members' filed scope 1+2 of every year filed, a bar each.
        String trend = browser.driver().findElement(By.id("budgetTrend")).getText();
        assertTrue(trend.contains("The members' filed scope 1+2 per year") && trend.contains("2022")
                && trend.contains(String.valueOf(DemoYears.lastFiled())), trend);
        assertEquals(DemoYears.open().getValue() - 2020 + 1,
                browser.driver().findElements(By.cssSelector("#budgetTrend .trend-bar")).size(),
                "a year each, from Linyuan Aromatics' first filing (2020) to the open year, which a few members filed");
        browser.screenshot("city-budget-en");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                browser.driver().findElement(By.id("budgetTrend")));
        browser.screenshot("city-budget-trend-en");

        browser.driver().get(portalUri("/public/city-budget.xhtml?lang=zh-TW").toString());
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "城市碳預算"));
        String budgetZh = browser.driver().findElement(By.id("cityBudget")).getText();
        assertTrue(budgetZh.contains("碳預算期間 2025–2026 年") && budgetZh.contains("全體會員"), budgetZh);
        assertTrue(browser.driver().findElement(By.id("budgetTrend")).getText().contains("會員每年申報的範疇一、二排放"));
        assertFalse(budgetZh.contains("budget.trend") || budgetZh.contains("???"), "no raw message keys: " + budgetZh);
        browser.screenshot("city-budget-zh-TW");

        JsfClient client = new JsfClient();
        HttpResponse<String> json = client.get("/api/alliance/city-budget");
        assertEquals(200, json.statusCode());
        // The latest first; the other test may have entered 2027–28.
        JsonObject period = Json.createReader(new StringReader(json.body())).readObject()
                .getJsonArray("periods").getValuesAs(JsonObject.class).stream()
                .filter(each -> each.getInt("firstYear") == 2025).findFirst().orElseThrow();
        assertEquals(2026, period.getInt("lastYear"));
        assertEquals(0, new java.math.BigDecimal("50940000").compareTo(
                period.getJsonNumber("cityBudgetTonnes").bigDecimalValue()));
        JsonObject lastFiled = Json.createReader(new StringReader(json.body())).readObject()
                .getJsonArray("filedTrend").getValuesAs(JsonObject.class).stream()
                .filter(each -> each.getInt("year") == DemoYears.lastFiled().getValue()).findFirst().orElseThrow();
        assertTrue(lastFiled.getInt("membersFiled") > FOUNDING_MEMBERS / 2, lastFiled::toString);
        assertTrue(lastFiled.getJsonNumber("filedScope12Tonnes").doubleValue() > 0, lastFiled::toString);
        HttpResponse<String> csv = client.get("/public/city-budget-export?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(new String(csv.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                .contains("All members"), csv.body());
    }

    @Test
    void theAdminEntersAPeriodAndAnOverlapIsRefusedAtItsField() {
        signIn(DemoUsers.SECRETARIAT_ADMIN);
        browser.waiting().until(ExpectedConditions.urlContains("/secretariat/"));
        browser.driver().get(portalUri("/secretariat/city-budget.xhtml").toString());
        retype("budget:cityBudget", "48000000");
        retype("budget:source", "Overlapping test period");
        browser.driver().findElement(By.id("budget:submit")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("budget"),
                "already has one of these years"));
        browser.screenshot("city-budget-admin-overlap");

        retype("budget:firstYear", "2027");
        retype("budget:lastYear", "2028");
        browser.driver().findElement(By.id("budget:submit")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("periods"),
                "Budget period 2027–2028"));
        browser.screenshot("city-budget-admin");
        browser.driver().get(portalUri("/secretariat/dashboard.xhtml").toString());
        String dashboard = browser.driver().findElement(By.id("cityBudget")).getText();
        assertTrue(dashboard.contains("Budget period 2025–2026") && dashboard.contains("The members' filed scope 1+2 per year"),
                dashboard);
    }
}
