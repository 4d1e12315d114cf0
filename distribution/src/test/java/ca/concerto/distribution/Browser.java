package ca.concerto.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver; nothing is downloaded. Screenshots
 * go to target/screenshots as test artifacts.
 */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    final WebDriver driver;
    private final RunningConcerto concerto;
    private final Path screenshots;
    private int shot;

    Browser(RunningConcerto concerto, String testName) {
        this.concerto = concerto;
        this.screenshots = Path.of(System.getProperty("concerto.screenshots", "target/screenshots")).resolve(testName);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("concerto.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=fr-CA");
        // A Quebec user's browser: French first (headless Chromium ignores --lang for Accept-Language).
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "fr-CA,fr"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("concerto.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        try {
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void open(String path) {
        driver.get(concerto.url(path));
        waitForVaadin();
    }

    void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("login");
        attemptSignIn(username, password);
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
    }

    /** Fills and sends the sign-in form of the open login page, whatever the outcome. */
    void attemptSignIn(String username, String password) {
        WebElement user = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.clear();
        user.sendKeys(username);
        WebElement secret = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        secret.clear();
        secret.sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        waitForVaadin();
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    WebElement byId(String id) {
        return waitFor(By.id(id));
    }

    /** Types into a Vaadin field (the native input inside the component). */
    void type(String fieldId, String text) {
        WebElement field = byId(fieldId);
        WebElement input = field.findElement(By.cssSelector("input, textarea"));
        input.clear();
        input.sendKeys(text);
        // Vaadin fields commit their value on change.
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
    }

    /** Picks the item of a Vaadin select whose label contains the text. */
    void select(String selectId, String itemText) {
        // the field itself, as a person clicks it: the element's centre may fall on its helper text
        click(byId(selectId).findElement(By.cssSelector("vaadin-select-value-button")));
        WebElement item = waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains(itemText)).findFirst().orElse(null));
        click(item);
        waitUntil(d -> byId(selectId).getDomAttribute("opened") == null);
    }

    /** Chooses the item of a Vaadin combo box (single or multiple) whose label contains the text. */
    void choose(String comboId, String itemText) {
        WebElement input = byId(comboId).findElement(By.cssSelector("input"));
        click(input);
        input.sendKeys(itemText);
        WebElement item = waitUntil(d -> d.findElements(
                        By.cssSelector("vaadin-combo-box-item, vaadin-multi-select-combo-box-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains(itemText)).findFirst().orElse(null));
        click(item);
        input.sendKeys(Keys.ESCAPE);
        waitForVaadin();
    }

    /** Sets a Vaadin date picker to an ISO date (yyyy-MM-dd, the fr-CA format), replacing what it held. */
    void date(String pickerId, String isoDate) {
        WebElement input = byId(pickerId).findElement(By.cssSelector("input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(isoDate, Keys.ENTER);
        WebElement picker = byId(pickerId);
        waitUntil(d -> isoDate.equals(picker.getDomProperty("value")));
        // Typing opens the calendar; on a busy machine it may open after Enter closed it, and an open
        // calendar hides the rest of the page from assistive technologies. Escape closes it, the value kept.
        RunningConcerto.sleep(300);
        if (picker.getDomAttribute("opened") != null) {
            input.sendKeys(Keys.ESCAPE);
        }
        waitUntil(d -> picker.getDomAttribute("opened") == null && isoDate.equals(picker.getDomProperty("value")));
        waitForVaadin();
    }

    /** Opens a Vaadin details section (a click on its summary), if it is closed. */
    /** The cycle page's step list marks that phase (CONSULTATION, MEETINGS, ...) as the current one. */
    void waitForCycleStep(String phase) {
        waitUntilTextContains("cycle-step-" + phase, "étape en cours");
    }

    /** On the board's decision screen: the outcome, its date and resolution, and a vote held in session. */
    void enterVote(String outcome, String isoDate, String resolution, int present, int quorum, int inFavour,
                   int against, int abstentions) {
        select("cycle-decision-outcome", outcome);
        date("cycle-decision-date", isoDate);
        type("cycle-decision-resolution", resolution);
        select("cycle-decision-mode", "Vote en séance");
        type("cycle-decision-members-present", String.valueOf(present));
        type("cycle-decision-quorum", String.valueOf(quorum));
        type("cycle-decision-in-favour", String.valueOf(inFavour));
        type("cycle-decision-against", String.valueOf(against));
        type("cycle-decision-abstentions", String.valueOf(abstentions));
    }

    void openSection(String detailsId) {
        WebElement details = byId(detailsId);
        if (details.getDomAttribute("opened") == null) {
            click(details.findElement(By.cssSelector("vaadin-details-summary")));
        }
    }

    void click(String id) {
        // scrolled into view first: an element scrolled out of the layout's scroll area counts as not visible
        WebElement element = new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        click(new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.id(id))));
    }

    /** Clicks as a person would: the element scrolled into view first. */
    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        waitForVaadin();
    }

    // ---- the keyboard alone ------------------------------------------------------------------

    /** Presses keys on whatever has the focus, as a person at the keyboard does, one after the other. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        waitForVaadin();
    }

    /** Holds the modifiers down while pressing the key (Actions.sendKeys would release them first). */
    void pressWith(CharSequence key, Keys... modifiers) {
        Actions actions = new Actions(driver);
        for (Keys modifier : modifiers) {
            actions = actions.keyDown(modifier);
        }
        actions = actions.sendKeys(key);
        for (Keys modifier : modifiers) {
            actions = actions.keyUp(modifier);
        }
        actions.perform();
        waitForVaadin();
    }

    /** Whether the focus is inside the element matching {@code selector}, through components' shadow DOM. */
    boolean focusIn(String selector) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                let e = document.activeElement;
                while (e) {
                    if (e.closest(arguments[0])) return true;
                    e = e.shadowRoot ? e.shadowRoot.activeElement : null;
                }
                return false;
                """, selector));
    }

    /** Presses Tab (or Shift+Tab) until the focus is inside {@code selector}; fails after 60 presses. */
    void tabTo(String selector, boolean backwards) {
        for (int i = 0; i < 60; i++) {
            if (focusIn(selector)) {
                return;
            }
            if (backwards) {
                pressWith(Keys.TAB, Keys.SHIFT);
            } else {
                press(Keys.TAB);
            }
        }
        screenshot("focus-not-reached");
        throw new AssertionError("Tab never reached " + selector + "; the focus is on " + focused());
    }

    /** What has the focus, for failure messages: tag, id and text. */
    String focused() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("""
                const e = document.activeElement;
                return e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' '
                        + (e.textContent || '').trim().slice(0, 60) : 'nothing';
                """));
    }

    /** The text of the row holding the focused cell of a Vaadin grid ("" when no cell of it has the focus). */
    String focusedGridRow(String gridId) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("""
                const grid = document.getElementById(arguments[0]);
                const cell = grid && grid.shadowRoot && grid.shadowRoot.activeElement;
                const row = cell && cell.closest('tr');
                if (!row) return '';
                return [...row.querySelectorAll('slot')].map(s => s.assignedNodes()
                        .map(n => n.textContent).join('')).join(' ');
                """, gridId));
    }

    /** The text of the innermost focused element, through components' shadow DOM. */
    String focusedText() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("""
                let e = document.activeElement;
                while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
                return e ? (e.textContent || '').trim() : '';
                """));
    }

    /** Whether the focused cell of a Vaadin grid is one of its body cells (not a header cell). */
    boolean focusOnGridBody(String gridId) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                const grid = document.getElementById(arguments[0]);
                const cell = grid && grid.shadowRoot && grid.shadowRoot.activeElement;
                return !!(cell && cell.closest('tbody'));
                """, gridId));
    }

    /**
     * The element's text content whether or not it is scrolled into view (Selenium's text is empty for
     * an element outside its layout's scroll area), no-break spaces as spaces; "" when it is absent.
     */
    String textContent(String id) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.textContent : ''", id))
                .replace('\u00a0', ' ');
    }

    String text(String id) {
        return byId(id).getText();
    }

    /** Waits for the condition; on time-out, keeps a screenshot of what the page showed. */
    <T> T waitUntil(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, WAIT).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timed-out");
            throw e;
        }
    }

    void waitUntilTextContains(String id, String expected) {
        waitUntil(d -> {
            var found = d.findElements(By.id(id));
            return !found.isEmpty() && found.get(0).getText().contains(expected);
        });
    }

    /** Waits until Vaadin has no server round trip in progress. */
    void waitForVaadin() {
        waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return document.readyState === 'complete';"
                        + "return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    /**
     * Runs axe-core on the page as it stands and fails on any violation of the WCAG 2.0, 2.1 and 2.2
     * A and AA rules; the screenshot of that state is kept. axe-core is the copy the build installed
     * from the npm registry, read from disk and injected into the page: the page fetches nothing.
     */
    void assertAccessible(String state) {
        waitForVaadin();
        screenshot(state);
        // A notification or dialog fading in or out has, for that moment, text without its contrast and
        // the rest of the page aria-hidden; one may start to fade while axe runs. So a violation counts
        // only if it is still there once the page is quiet again, on a second and third look.
        List<?> violations = List.of();
        for (int look = 0; look < 3; look++) {
            waitUntilQuiet();
            violations = axeViolations();
            if (violations.isEmpty()) {
                return;
            }
            RunningConcerto.sleep(700);
        }
        screenshot(state + "-violations");
        throw new AssertionError("Accessibility violations on " + driver.getCurrentUrl() + " (" + state + "):\n"
                + violations.stream().map(String::valueOf).collect(Collectors.joining("\n")));
    }

    /** No overlay opening or closing, no finite animation running. */
    private void waitUntilQuiet() {
        waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.querySelectorAll('[opening], [closing]').length === 0"
                        + " && document.getAnimations().every(a => a.playState !== 'running'"
                        + " || a.effect.getComputedTiming().iterations === Infinity)")));
    }

    private List<?> axeViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(axeSource());
        }
        Object outcome = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag',
                        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']}})
                    .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + '\\n'
                        + v.nodes.slice(0, 5).map(n => '    ' + JSON.stringify(n.target) + ' ' + n.html.slice(0, 200) + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 300)).join('\\n'))))
                    .catch(error => done(['axe-core failed: ' + error]));
                """);
        return (List<?>) outcome;
    }


    /**
     * At 320 CSS pixels wide (WCAG 1.4.10), nothing of the page sticks out past the right edge
     * other than inside an element that scrolls sideways itself (a data grid may); the screenshot of
     * that state is kept, and the window goes back to its size.
     */
    void assertReflows(String state) {
        Dimension size = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(320 + (size.getWidth() - innerWidth()), size.getHeight()));
            waitUntil(d -> innerWidth() <= 320);
            waitForVaadin();
            screenshot(state + "-320px");
            Object outside = ((JavascriptExecutor) driver).executeScript("""
                    const width = window.innerWidth;
                    const parent = e => e.assignedSlot || e.parentElement || (e.getRootNode() && e.getRootNode().host) || null;
                    const scrollsSideways = e => { const o = getComputedStyle(e).overflowX; return o === 'auto' || o === 'scroll'; };
                    const outside = [];
                    const visit = root => root.querySelectorAll('*').forEach(e => {
                        if (e.shadowRoot) visit(e.shadowRoot);
                        const r = e.getBoundingClientRect();
                        if (r.width === 0 || r.height === 0 || r.right <= width + 1) return;
                        const style = getComputedStyle(e);
                        if (style.visibility === 'hidden' || style.position === 'fixed' && r.left >= width) return;
                        for (let p = parent(e); p; p = parent(p)) { if (p instanceof Element && scrollsSideways(p)) return; }
                        outside.push((e.id ? '#' + e.id : e.tagName.toLowerCase()) + ' ends at ' + Math.round(r.right) + ' px');
                    });
                    visit(document);
                    return outside.slice(0, 10);
                    """);
            List<?> found = (List<?>) outside;
            if (!found.isEmpty()) {
                throw new AssertionError("At 320 px, " + driver.getCurrentUrl() + " (" + state
                        + ") does not reflow: " + found);
            }
        } finally {
            driver.manage().window().setSize(size);
            waitForVaadin();
        }
    }

    private int innerWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).intValue();
    }

    private static String axeSource() {
        Path axe = Path.of(System.getProperty("concerto.axe", "target/axe/node_modules/axe-core/axe.min.js"));
        try {
            return Files.readString(axe);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing (" + axe + "): the build installs it before the browser tests", e);
        }
    }

    void screenshot(String name) {
        Path file = screenshots.resolve(String.format("%02d-%s.png", ++shot, name));
        try {
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
