package tw.netzero.portal.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A deployed-portal test that drives a fresh headless Chromium per test method. */
abstract class BrowserTest extends DeployedPortal {

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
