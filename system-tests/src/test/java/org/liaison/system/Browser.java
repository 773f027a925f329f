package org.liaison.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Selenium through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}; Selenium Manager cannot download browsers here and is not asked to). When they are missing
 * and the tests run as root on a Debian-like system, they are installed with apt-get first; otherwise the test fails
 * saying what to install. {@code -Dliaison.chromium=...} and {@code -Dliaison.chromedriver=...} point elsewhere.
 *
 * <p>Every page a test visits is checked with axe-core ({@link #assertAccessible}); screenshots go to the directory
 * given at start ({@code system-tests/target/screens/}, or {@code docs/screens/} with {@code -Dliaison.screens=docs/screens}).
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("liaison.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("liaison.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration PAGE_WITHIN = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final Path screens;
    private final String axe;

    private Browser(ChromeDriver driver, Path screens, String axe) {
        this.driver = driver;
        this.screens = screens;
        this.axe = axe;
    }

    /** A fresh headless Chromium (no cookies, no history); screenshots go to {@code screens}. */
    static Browser start(Path screens) {
        ensureInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // root in a container: no sandbox; a small /dev/shm: use /tmp
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1100,1000", "--lang=en-GB", "--no-first-run", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PAGE_WITHIN).scriptTimeout(PAGE_WITHIN);
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test resources (/axe/axe.min.js)");
            }
            Files.createDirectories(screens);
            return new Browser(driver, screens, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            driver.quit();
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** The element, once it is visible; failing with what the page shows instead. */
    WebElement find(String css) {
        try {
            return new WebDriverWait(driver, PAGE_WITHIN).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        } catch (TimeoutException e) {
            String shown = driver.findElements(By.tagName("body")).stream().map(WebElement::getText).findFirst().orElse("");
            throw new AssertionError("No " + css + " on " + driver.getCurrentUrl() + " (\"" + driver.getTitle() + "\"), which shows:\n"
                    + shown.substring(0, Math.min(shown.length(), 3000)), e);
        }
    }

    String text(String css) {
        return find(css).getText();
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks and waits for the page it leads to (an element of it, {@code thenCss}) to be there. */
    void click(String css, String thenCss) {
        find(css).click();
        find(thenCss);
    }

    /**
     * Opens the web app at {@code web} and signs in on the provider's login page as a council's provider would name the
     * person: by email, with their Liaison role in the {@code groups} claim. A screenshot of the login page if named.
     */
    void signIn(String web, String email, String role, String screenshot) {
        // a test that failed half-way may have left someone signed in: start without their cookies (a host's cookies
        // are shared by its ports, so this clears the provider's too)
        open(web + "/signed-out");
        driver.manage().deleteAllCookies();
        open(web + "/");
        type("input[name='username']", email);
        type("textarea[name='claims']", "{\"email\": \"" + email + "\", \"groups\": [\"" + role + "\"]}");
        if (screenshot != null) {
            screenshot(screenshot);
        }
        click("input[type='submit']", "#who-you-are");
    }

    /** Signs out from the menu, and checks the signed-out page. */
    void signOut() {
        click("a[href='/sign-out']", "#sign-in-again");
        assertEquals("You have signed out", heading());
        assertAccessible("the signed-out page");
    }

    /** The row of {@code table} whose text contains {@code text}. */
    WebElement rowOf(String table, String text) {
        return driver.findElements(By.cssSelector(table + " tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " is not in " + table + ": " + text(table)));
    }

    /** The text with its line breaks (a visually hidden prefix is a line of its own) as single spaces. */
    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    // ---- The keyboard alone ----------------------------------------------------------------------------------

    /**
     * Presses Tab (as a keyboard user does, from wherever the focus is) until the element {@code css} has the focus,
     * failing if it is not reached within {@code maxTabs} presses: the element is then not reachable by keyboard, or
     * not in a sensible order. Returns it.
     */
    WebElement tabTo(String css, int maxTabs) {
        // present, not necessarily visible: GOV.UK radios and checkboxes hide the input behind their own drawing
        WebElement target = new WebDriverWait(driver, PAGE_WITHIN)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < maxTabs; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if (focused.equals(target)) {
                return focused;
            }
            passed.add(describe(focused));
        }
        throw new AssertionError(css + " was not reached with " + maxTabs + " presses of Tab on " + driver.getCurrentUrl()
                + "; the focus went through " + passed);
    }

    /** Keys typed into whatever has the focus. */
    void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private static String describe(WebElement element) {
        String id = element.getAttribute("id");
        return element.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id);
    }

    /** The page's heading, once it is there. */
    String heading() {
        return text("h1");
    }

    /**
     * Runs axe-core on the page as it is and fails on any serious or critical violation, naming each with the elements
     * that break it. {@code page} names the page in the failure.
     */
    void assertAccessible(String page) {
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(axe);
        }
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)), e => done('axe failed: ' + e));");
        String json = String.valueOf(result);
        assertTrue(json.startsWith("["), page + ": " + json);
        List<String> serious = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(json)) {
                String impact = violation.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> targets = new ArrayList<>();
                    violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                    serious.add(impact + " " + violation.path("id").asText() + ": " + violation.path("help").asText()
                            + " at " + targets);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(serious.isEmpty(), page + " (" + driver.getCurrentUrl() + ") has accessibility violations:\n  "
                + String.join("\n  ", serious));
    }

    /** Saves what the browser shows as {@code <screens>/<name>.png}. */
    void screenshot(String name) {
        try {
            Files.write(screens.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    // ---- Chromium on this machine ------------------------------------------------------------------------------

    /** Chromium and its driver are there, or are installed now (root with apt-get), or the test says what to do. */
    static synchronized void ensureInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String missing = "Chromium (" + CHROMIUM + ") and chromedriver (" + CHROMEDRIVER + ")";
        boolean root = isRoot();
        Path aptGet = Path.of("/usr/bin/apt-get");
        if (!root || !Files.isExecutable(aptGet)) {
            throw new IllegalStateException("The browser tests need " + missing + ". Install them (Debian/Ubuntu: "
                    + "sudo apt-get install -y chromium chromium-driver), or point -Dliaison.chromium and "
                    + "-Dliaison.chromedriver at them, or skip the system tests with -DskipITs.");
        }
        System.out.println("[browser tests] " + missing + " missing: installing them with apt-get");
        run(List.of(aptGet.toString(), "update"));
        run(List.of(aptGet.toString(), "install", "-y", "--no-install-recommends", "chromium", "chromium-driver"));
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("apt-get ran, but " + missing + " are still not there");
        }
    }

    /** Whether this JVM runs as root (uid 0): the owner of {@code /proc/self} is the process's user. */
    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static void run(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within 15 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + process.exitValue()
                        + "; install chromium and chromium-driver by hand, or skip the system tests with -DskipITs");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }
}
