package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The application form marks what it requires and its buttons wear the portal's green, not the
 * theme's blue (issue 20, defect 10), in both languages.
 */
class ApplicationFormInBrowserIT extends BrowserTest {

    /** --brand in portal.css (#0b5d3b). */
    private static final String BRAND = "rgba(11, 93, 59, 1)";

    @Test
    void requiredFieldsAreMarkedInEnglish() {
        browser.driver().get(portalUri("/public/apply.xhtml?lang=en").toString());
        browser.screenshot("apply-required-en");
        checkTheForm("Fields marked * are required.");
    }

    @Test
    void requiredFieldsAreMarkedInChinese() {
        browser.driver().get(portalUri("/public/apply.xhtml?lang=zh-TW").toString());
        browser.screenshot("apply-required-zh-TW");
        checkTheForm("標示 * 的欄位為必填。");
    }

    private void checkTheForm(String hint) {
        assertEquals(hint, browser.driver().findElement(By.id("requiredHint")).getText());
        for (String field : List.of("ubn", "nameEn", "nameZh", "industryGroup", "district", "name", "email")) {
            WebElement label = browser.driver().findElement(By.cssSelector("label[for^='application:" + field + "']"));
            assertEquals(1, label.findElements(By.cssSelector(".ui-outputlabel-rfi")).size(), field + " is marked");
        }
        for (String optional : List.of("website", "phone", "motivation")) {
            WebElement label = browser.driver().findElement(By.cssSelector("label[for^='application:" + optional + "']"));
            assertTrue(label.findElements(By.cssSelector(".ui-outputlabel-rfi")).isEmpty(), optional + " is optional");
        }
        WebElement submit = browser.driver().findElement(By.id("application:submit"));
        assertEquals(BRAND, submit.getCssValue("background-color"));
    }
}
