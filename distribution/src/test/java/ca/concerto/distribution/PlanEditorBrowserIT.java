package ca.concerto.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The plan editor on the started distribution, driven by the keyboard alone once signed in: the
 * facilitator reaches the editor from the plan's page, chooses a proposition, moves it, adds one,
 * names and saves it, indents and outdents it, then removes it through the confirmation. A board
 * member reads the same tree without the tools. An échéancier set in the editor shows on the plan's
 * timeline and in its table.
 */
class PlanEditorBrowserIT {

    private static RunningConcerto concerto;

    @BeforeAll
    static void startConcerto() {
        concerto = RunningConcerto.start(RunningConcerto.newHome("editor"), Map.of(), "--demo");
    }

    @AfterAll
    static void stopConcerto() {
        if (concerto != null) {
            int exit = concerto.stop();
            assertTrue(exit == 0 || exit == 143, "exit code after SIGTERM: " + exit);
        }
    }

    /** The chosen item as the form shows it: its number (from the heading "Proposition 1.2") and its title. */
    private static String chosen(Browser browser) {
        String heading = browser.text("item-form-heading");
        return heading.substring(heading.lastIndexOf(' ') + 1) + " " + browser.byId("item-title").getDomProperty("value");
    }

    @Test
    void facilitatorEditsThePlanByKeyboardAlone() {
        try (Browser browser = new Browser(concerto, "editor")) {
            browser.signIn("animateur", "demo");
            browser.open("plans");
            WebElement link = browser.waitUntil(d -> d.findElements(By.partialLinkText("TROC Montérégie 2023-2024")).stream()
                    .findFirst().orElse(null));
            String planPath = link.getDomAttribute("href");
            browser.open(planPath);

            // from the plan's page to the editor
            browser.tabTo("#plan-edit-link", false);
            browser.press(Keys.ENTER);
            browser.waitUntil(d -> d.getCurrentUrl().contains("/plan-editor/"));
            browser.waitUntilTextContains("editor-heading", "Modifier le plan : Plan d'action TROC Montérégie 2023-2024");
            assertTrue(chosen(browser).startsWith("1 FINANCEMENT"), chosen(browser));
            browser.assertAccessible("editor-opened");
            browser.assertReflows("editor-opened");

            // into the tree's rows, down to 1.1, chosen with Space
            browser.tabTo("#editor-tree", false);
            if (!browser.focusOnGridBody("editor-tree")) {
                browser.press(Keys.TAB);
            }
            assertTrue(browser.focusOnGridBody("editor-tree"), "the focus is on a row: " + browser.focused());
            browser.press(Keys.ARROW_DOWN);
            browser.press(Keys.SPACE);
            browser.waitUntil(d -> chosen(browser).startsWith("1.1 "));
            String proposition = chosen(browser).substring("1.1 ".length());

            // Alt+Maj+↓ moves it after 1.2; Alt+Maj+↑ brings it back
            browser.pressWith(Keys.ARROW_DOWN, Keys.ALT, Keys.SHIFT);
            browser.waitUntil(d -> chosen(browser).equals("1.2 " + proposition));
            browser.waitUntilTextContains("editor-tree", "1.2 " + proposition);
            browser.pressWith(Keys.ARROW_UP, Keys.ALT, Keys.SHIFT);
            browser.waitUntil(d -> chosen(browser).equals("1.1 " + proposition));

            // Inser adds a proposition after it and puts the focus in its title
            browser.press(Keys.INSERT);
            browser.waitUntil(d -> chosen(browser).equals("1.2 Nouvel élément"));
            assertTrue(browser.focusIn("#item-title"), "the new item's title has the focus: " + browser.focused());
            browser.pressWith("a", Keys.CONTROL);
            browser.press("Tenir un forum régional sur le financement");
            browser.tabTo("#editor-save", false);
            browser.assertAccessible("editor-new-item-typed");
            browser.press(Keys.ENTER);
            browser.waitUntilTextContains("editor-tree", "1.2 Tenir un forum régional sur le financement");
            assertEquals("1.2 Tenir un forum régional sur le financement", chosen(browser));

            // back to the tree: Alt+Maj+→ makes it 1.1.1, Alt+Maj+← makes it 1.2 again
            browser.tabTo("#editor-tree", true);
            browser.pressWith(Keys.ARROW_RIGHT, Keys.ALT, Keys.SHIFT);
            browser.waitUntil(d -> chosen(browser).equals("1.1.1 Tenir un forum régional sur le financement"));
            browser.waitUntilTextContains("item-form-heading", "Proposition 1.1.1");
            browser.assertAccessible("editor-indented");
            browser.pressWith(Keys.ARROW_LEFT, Keys.ALT, Keys.SHIFT);
            browser.waitUntil(d -> chosen(browser).equals("1.2 Tenir un forum régional sur le financement"));

            // Suppr asks first; Tab to « Retirer » and Entrée remove it
            browser.press(Keys.DELETE);
            browser.byId("editor-remove-dialog");
            browser.waitUntil(d -> d.getPageSource().contains("Retirer « 1.2 Tenir un forum régional"));
            browser.assertAccessible("editor-remove-dialog");
            browser.tabTo("vaadin-button[slot='confirm-button']", false);
            browser.press(Keys.ENTER);
            browser.waitUntil(d -> !browser.text("editor-tree").contains("Tenir un forum régional"));
            browser.waitUntil(d -> chosen(browser).startsWith("1.2 "));
            assertFalse(browser.text("editor-tree").contains("Nouvel élément"));
            assertTrue(browser.text("editor-tree").contains("1.1 " + proposition), "the plan is as it was");
            browser.assertAccessible("editor-after-remove");

            // an échéancier on the chosen proposition puts it on the plan's timeline, and in its table
            String dated = chosen(browser);
            browser.click("item-is-action");
            browser.type("item-schedule", "Automne 2023");
            browser.assertAccessible("editor-action-fields");
            browser.click("editor-save");
            WebElement title = browser.driver.findElement(By.id("item-title"));
            browser.waitUntil(d -> d.getPageSource().contains("L'élément a été enregistré.")
                    || title.getDomAttribute("invalid") != null);
            assertEquals(null, title.getDomAttribute("invalid"), "refused: " + title.getDomProperty("errorMessage"));
            // the tree is scrolled out of view by now: its text content, not its visible text
            browser.waitUntil(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return document.getElementById('editor-tree').textContent").toString().contains("Automne 2023"));
            browser.open(planPath.replace("plan/", "timeline/"));
            browser.waitUntilTextContains("timeline-chart", dated);
            browser.waitUntilTextContains("timeline-chart", "Automne 2023 : du ");
            browser.assertAccessible("timeline-chart");
            browser.assertReflows("timeline-chart");
            browser.click("timeline-show-table");
            browser.waitUntilTextContains("timeline-table", "Automne 2023");
            assertFalse(browser.byId("timeline-show-table").getDomAttribute("aria-pressed").equals("false"));
            browser.assertAccessible("timeline-table");

            // a board member reads the tree, without the tools
            browser.signIn("ca1", "demo");
            browser.open(planPath.replace("plan/", "plan-editor/"));
            browser.waitUntilTextContains("editor-notice", "seuls les animateurs et animatrices peuvent la modifier");
            assertTrue(browser.driver.findElements(By.id("editor-move-up")).stream().noneMatch(WebElement::isDisplayed));
            browser.assertAccessible("editor-read-only");
        }
    }
}
