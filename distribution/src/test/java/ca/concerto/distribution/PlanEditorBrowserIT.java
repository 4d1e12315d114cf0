package ca.concerto.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The facilitator's path on the started distribution by the keyboard alone: sign-in, the menu, the
 * plan list, the plan's page, the editor (chooses a proposition, moves it, adds one, names and saves
 * it, indents and outdents it, then removes it through the confirmation), then the launch of the next
 * cycle carrying the plan over. An échéancier set in the editor shows on the plan's timeline and in its
 * table. Then a board member reads the same tree without the tools.
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
    void facilitatorsPathByKeyboardAlone() {
        try (Browser browser = new Browser(concerto, "editor")) {
            // signed in with the keyboard: the name, Tab, the password, Entrée
            browser.open("login");
            browser.tabTo("input[name='username']", false);
            browser.press("animateur");
            browser.press(Keys.TAB);
            browser.press("demo");
            browser.press(Keys.ENTER);
            browser.waitUntil(d -> !d.getCurrentUrl().contains("/login"));

            // the menu's « Plans d'action », then the plan's row in the list and the link in it
            browser.tabTo("vaadin-side-nav-item[path$='plans']", false);
            browser.press(Keys.ENTER);
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/plans"));
            browser.tabTo("#plans-grid", false);
            if (!browser.focusOnGridBody("plans-grid")) {
                browser.press(Keys.TAB);
            }
            for (int row = 0; row < 20 && !browser.focusedGridRow("plans-grid").contains("TROC Montérégie 2023-2024"); row++) {
                browser.press(Keys.ARROW_DOWN);
            }
            assertTrue(browser.focusedGridRow("plans-grid").contains("TROC Montérégie 2023-2024"),
                    "the plan's row has the focus: " + browser.focusedGridRow("plans-grid"));
            browser.press(Keys.ENTER); // into the cell: its link has the focus
            browser.press(Keys.ENTER); // and follows it
            browser.waitUntil(d -> d.getCurrentUrl().matches(".*/plan/\\d+$"));
            String currentUrl = browser.driver.getCurrentUrl();
            String planPath = currentUrl.substring(currentUrl.indexOf("plan/"));
            browser.waitUntilTextContains("plan-detail-title", "TROC Montérégie 2023-2024");

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
            browser.tabTo("#item-is-action", false);
            browser.press(Keys.SPACE);
            browser.tabTo("#item-schedule", false);
            browser.press("Automne 2023");
            // a partner from the regroupement's directory, which the TROC's plan does not list yet
            browser.tabTo("#item-partner-organizations", false);
            browser.press("Maskoutains");
            browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                    .anyMatch(item -> item.getText().contains("Maison de la famille des Maskoutains")));
            browser.press(Keys.ARROW_DOWN, Keys.ENTER, Keys.ESCAPE);
            browser.waitUntil(d -> browser.textContent("item-partner-organizations")
                    .contains("Maison de la famille des Maskoutains"));
            browser.assertAccessible("editor-action-fields");
            browser.tabTo("#editor-save", false);
            browser.press(Keys.ENTER);
            WebElement title = browser.driver.findElement(By.id("item-title"));
            browser.waitUntil(d -> d.getPageSource().contains("L'élément a été enregistré.")
                    || title.getDomAttribute("invalid") != null);
            assertEquals(null, title.getDomAttribute("invalid"), "refused: " + title.getDomProperty("errorMessage"));
            assertTrue(browser.textContent("item-partner-organizations").contains("Maison de la famille des Maskoutains"),
                    "saved with the organization, shown again as the plan's");
            // the tree is scrolled out of view by now: its text content, not its visible text
            browser.waitUntil(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return document.getElementById('editor-tree').textContent").toString().contains("Automne 2023"));
            // back to the plan's page by the editor's link, then its timeline
            browser.tabTo("#editor-back", true);
            browser.press(Keys.ENTER);
            browser.waitUntil(d -> d.getCurrentUrl().endsWith(planPath));
            browser.tabTo("#plan-timeline-link", false);
            browser.press(Keys.ENTER);
            browser.waitUntil(d -> d.getCurrentUrl().contains("/timeline/"));
            browser.waitUntilTextContains("timeline-chart", dated);
            browser.waitUntilTextContains("timeline-chart", "Automne 2023 : du ");
            browser.assertAccessible("timeline-chart");
            browser.assertReflows("timeline-chart");
            browser.tabTo("#timeline-show-table", false);
            browser.press(Keys.ENTER);
            browser.waitUntilTextContains("timeline-table", "Automne 2023");
            assertFalse(browser.byId("timeline-show-table").getDomAttribute("aria-pressed").equals("false"));
            browser.assertAccessible("timeline-table");

            // the next cycle launched from the menu, carrying this plan over, by keyboard too
            browser.tabTo("vaadin-side-nav-item[path$='cycles']", true);
            browser.press(Keys.ENTER);
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/cycles"));
            browser.tabTo("#cycle-launch-button", false);
            browser.press(Keys.ENTER);
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/cycles/new"));
            browser.tabTo("#cycle-title", false);
            browser.press("Plan d'action TROC Montérégie 2025-2026");
            browser.tabTo("#cycle-period", false);
            browser.press("2025-2026");
            browser.tabTo("#cycle-source", false);
            browser.press(Keys.ARROW_DOWN); // opens the list
            browser.waitUntil(d -> browser.byId("cycle-source").getDomAttribute("opened") != null);
            for (int item = 0; item < 10 && !browser.focusedText().contains("2023-2024"); item++) {
                browser.press(Keys.ARROW_DOWN);
            }
            assertTrue(browser.focusedText().contains("2023-2024"), "the plan is in the list: " + browser.focusedText());
            browser.press(Keys.ENTER);
            browser.waitUntil(d -> browser.byId("cycle-source").getDomAttribute("opened") == null);
            browser.tabTo("#cycle-consultation-deadline", false);
            // typed into the focused field, Entrée, and Échap if the calendar stays open
            browser.date("cycle-consultation-deadline", LocalDate.now(ZoneId.of("America/Toronto")).plusDays(20).toString());
            browser.assertAccessible("launch-by-keyboard");
            browser.tabTo("#cycle-launch-submit", false);
            browser.press(Keys.ENTER);
            browser.waitUntil(d -> d.getCurrentUrl().matches(".*/cycle/\\d+$"));
            // the one proposition made an action above is the plan's only action, carried over
            browser.waitUntilTextContains("cycle-carried-over", "1 action non terminée reprise");

            // a board member reads the tree, without the tools
            browser.signIn("ca1", "demo");
            browser.open(planPath.replace("plan/", "plan-editor/"));
            browser.waitUntilTextContains("editor-notice", "seuls les animateurs et animatrices peuvent la modifier");
            assertTrue(browser.driver.findElements(By.id("editor-move-up")).stream().noneMatch(WebElement::isDisplayed));
            browser.assertAccessible("editor-read-only");

            // another regroupement's plan with an annexed project: its budget in Québec French dollars
            browser.signIn("animateur-cds", "demo");
            browser.open("plans");
            WebElement cds = browser.waitUntil(d -> d.findElements(By.partialLinkText("PLAN D'ACTION 2009-2010")).stream()
                    .findFirst().orElse(null));
            browser.open(cds.getDomAttribute("href"));
            browser.waitUntil(d -> browser.textContent("plan-project-0-title").equals("Annexe D – Projet comité logement"));
            browser.waitUntil(d -> browser.textContent("plan-project-0-total").equals("Total : 111 600 $"));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "document.getElementById('plan-project-0').scrollIntoView()"); // for the screenshot
            browser.assertAccessible("plan-project-budget");
        }
    }

    /**
     * A facilitator keeps a plan's committees: opens the CDS plan's committees from its page, adds a
     * member to one (a line without a name is refused beside it), is refused the removal of the committee
     * a project belongs to, and sees the change in the directory.
     */
    @Test
    void aFacilitatorKeepsAPlansCommitteesAndTheirMembers() {
        try (Browser browser = new Browser(concerto, "committees")) {
            browser.signIn("animateur-cds", "demo");
            browser.open("plans");
            WebElement cds = browser.waitUntil(d -> d.findElements(By.partialLinkText("PLAN D'ACTION 2009-2010")).stream()
                    .findFirst().orElse(null));
            browser.open(cds.getDomAttribute("href"));
            browser.click("plan-committees-link");
            browser.waitUntilTextContains("committees-grid", "Comité développement citoyen");
            assertTrue(browser.text("committees-grid").contains("9 membres"), browser.text("committees-grid"));
            browser.assertAccessible("committees");
            browser.assertReflows("committees");

            browser.open(browser.driver.getCurrentUrl().substring(browser.driver.getCurrentUrl().indexOf("/plan-committees/") + 1));
            WebElement grid = browser.byId("committees-grid");
            browser.waitUntilTextContains("committees-grid", "Comité développement citoyen");
            browser.click(grid.findElements(By.xpath(".//*[text() = 'Comité développement citoyen']")).get(0));
            browser.waitUntilTextContains("committees-form-heading", "Comité développement citoyen");
            browser.click("committee-add-member");
            browser.click("committees-save");
            browser.waitUntil(d -> d.findElements(By.cssSelector("[id$='-name'][invalid]")).stream()
                    .anyMatch(e -> "Inscrivez le nom de la personne, ou retirez cette ligne.".equals(
                            e.getDomProperty("errorMessage"))));
            browser.assertAccessible("committee-member-without-name");
            String newLine = browser.driver.findElements(By.cssSelector("[id^='committee-member-'][id$='-name'][invalid]"))
                    .get(0).getDomAttribute("id").replace("-name", "");
            browser.type(newLine + "-name", "Nadia Ouellet");
            browser.type(newLine + "-role", "secrétaire");
            browser.screenshot("committee-member-added");
            browser.click("committees-save");
            browser.waitUntilTextContains("committees-grid", "10 membres");

            // the housing committee has a project in the plan: it stays, and the page says why
            browser.click(grid.findElements(By.xpath(".//*[text() = 'Comité de travail en logement']")).get(0));
            browser.waitUntilTextContains("committees-form-heading", "Comité de travail en logement");
            browser.click("committees-remove");
            WebElement confirm = browser.waitUntil(d -> d.findElements(By.cssSelector(
                    "vaadin-button[slot='confirm-button']")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            browser.assertAccessible("committee-remove-confirmation");
            browser.click(confirm);
            browser.waitUntilTextContains("committees-error", "un projet du plan y fait référence");
            // the list is scrolled out of the layout's view here: read, not seen
            assertTrue(browser.textContent("committees-grid").contains("Comité de travail en logement"));
            browser.screenshot("committee-removal-refused");

            // the directory shows the latest plan's committees with the new member
            browser.open("directory");
            browser.waitUntilTextContains("directory-committees", "Nadia Ouellet (secrétaire)");
            assertTrue(browser.text("directory-committees-link").contains("Modifier les comités"),
                    browser.text("directory-committees-link"));
        }
    }
}
