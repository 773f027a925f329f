package org.liaison.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every browser test starts from: Chromium (or, without it, a failure saying what to install), the packaged suite
 * with the sample council loaded, the web app's address, and a browser whose screenshots go to
 * {@code system-tests/target/screens} ({@code -Dliaison.screens=docs/screens} refreshes the README's).
 */
abstract class InTheBrowser {

    static RunningSuite suite;
    static String web;
    static Browser browser;

    @BeforeAll
    static void startTheSuiteTheWebAppAndABrowser() throws Exception {
        Browser.ensureInstalled(); // before anything else: without a browser, fail (or install it) at once
        suite = RunningSuite.get();
        suite.loadSampleCouncil();
        web = suite.web().baseUrl();
        // target/screens, so a test run leaves the working tree as it was
        browser = Browser.start(suite.repository.resolve(System.getProperty("liaison.screens", "system-tests/target/screens")));
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
