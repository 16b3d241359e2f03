package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * MOENV's deadlines on the secretariat's overdue page in Chromium (issue 17, item 2; decision 0048): last
 * year's inventory is registered by 30 April and verified by 31 October (Climate Change Response Act art. 21);
 * from 14 days before each, the page lists the active members that must register and have not met it. The
 * demo data registers the other members that must (decision 0058) but not Harbor Crest Steel (its accepted
 * filings far above 25,000 t CO2e), which is listed under every deadline that is near or past on the day the
 * test runs; in English and 繁體中文.
 */
class MoenvDeadlinesInBrowserIT extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Taipei"));
    private static final int INVENTORY_YEAR = TODAY.getYear() - 1;

    @Test
    void theOverduePageListsTheMembersThatHaveNotMetANearOrPastMoenvDeadline() {
        signIn(DemoUsers.REVIEWER);
        browser.driver().get(portalUri("/secretariat/overdue.xhtml?lang=en").toString());
        check("REGISTRATION", LocalDate.of(INVENTORY_YEAR + 1, 4, 30),
                "MOENV registration of the " + INVENTORY_YEAR + " inventory", "Harbor Crest Steel");
        check("VERIFICATION", LocalDate.of(INVENTORY_YEAR + 1, 10, 31),
                "Verification of the " + INVENTORY_YEAR + " inventory for MOENV", "Harbor Crest Steel");
        scrollToTheDeadlines();
        browser.screenshot("overdue-moenv-en");

        browser.driver().get(portalUri("/secretariat/overdue.xhtml?lang=zh-TW").toString());
        check("REGISTRATION", LocalDate.of(INVENTORY_YEAR + 1, 4, 30), INVENTORY_YEAR + " 年排放量向環境部登錄", "港峰鋼鐵");
        check("VERIFICATION", LocalDate.of(INVENTORY_YEAR + 1, 10, 31), INVENTORY_YEAR + " 年排放量查證", "港峰鋼鐵");
        String page = browser.driver().findElement(By.id("main")).getText();
        assertFalse(page.contains("overdue.moenv") || page.contains("registry.duty."), "no raw message keys: " + page);
        scrollToTheDeadlines();
        browser.screenshot("overdue-moenv-zh-TW");
        browser.driver().get(portalUri("/secretariat/overdue.xhtml?lang=en").toString());
    }

    /** The deadline's section is there with the member from 14 days before it, and not before. */
    private static void check(String deadline, LocalDate due, String heading, String member) {
        var sections = browser.driver().findElements(By.id("moenv-" + deadline));
        boolean near = ChronoUnit.DAYS.between(TODAY, due) <= 14;
        assertEquals(near ? 1 : 0, sections.size(), deadline + " due on " + due);
        if (near) {
            String section = sections.get(0).getText();
            assertTrue(section.contains(heading) && section.contains(member), section);
        }
    }

    /** The first MOENV section in view for the screenshot, if the day shows one. */
    private static void scrollToTheDeadlines() {
        browser.driver().findElements(By.cssSelector(".moenv-deadline")).stream().findFirst().ifPresent(
                section -> browser.driver().executeScript("arguments[0].scrollIntoView()", section));
    }
}
