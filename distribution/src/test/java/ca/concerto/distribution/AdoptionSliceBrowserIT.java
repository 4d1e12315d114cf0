package ca.concerto.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The thin slice of the foundation, as people do it in the browser on the started distribution:
 * the facilitator creates a plan and submits it; a board member adopts it from the task inbox;
 * the plan then reads "Adopté le …" with the decision and who took it.
 */
class AdoptionSliceBrowserIT {

    private static RunningConcerto concerto;

    @BeforeAll
    static void startConcerto() {
        concerto = RunningConcerto.start(RunningConcerto.newHome("slice"), Map.of(), "--demo");
    }

    @AfterAll
    static void stopConcerto() {
        if (concerto != null) {
            int exit = concerto.stop();
            assertTrue(exit == 0 || exit == 143, "exit code after SIGTERM: " + exit);
        }
    }

    @Test
    void facilitatorSubmitsAndBoardAdopts() {
        try (Browser browser = new Browser(concerto, "slice")) {
            browser.signIn("animateur", "demo");
            // the home page's panels: the user's tasks, the plans in progress and the deadlines
            browser.byId("home-tasks-count");
            browser.byId("home-cycles-heading");
            browser.byId("home-deadlines-heading");
            browser.assertAccessible("home-animateur");
            browser.assertReflows("home-animateur");

            // English for this user, kept across sign-ins; then back to French
            browser.click("change-language");
            browser.waitUntilTextContains("home-welcome", "Welcome");
            browser.waitUntilTextContains("home-tasks-heading", "My tasks");
            browser.assertAccessible("home-english");
            browser.signIn("animateur", "demo");
            browser.waitUntilTextContains("home-welcome", "Welcome");
            browser.click("change-language");
            browser.waitUntilTextContains("home-welcome", "Bienvenue");

            // the directory: the demo's organizations and people; the facilitator adds a partner
            browser.open("directory");
            browser.waitUntilTextContains("directory-organizations-grid", "Centre de femmes de Longueuil");
            browser.waitUntilTextContains("directory-people-grid", "Conseil d'administration");
            browser.type("directory-organization-name", "Table de concertation jeunesse");
            browser.select("directory-organization-kind", "Partenaire");
            browser.click("directory-organization-add");
            browser.waitUntilTextContains("directory-organizations-grid", "Table de concertation jeunesse");
            browser.assertAccessible("directory");
            browser.assertReflows("directory");

            // chosen in the list, the organization is corrected: a taken name is refused beside the field
            browser.open("directory");
            WebElement organizations = browser.byId("directory-organizations-grid");
            browser.waitUntilTextContains("directory-organizations-grid", "Table de concertation jeunesse");
            browser.click(organizations.findElements(
                    By.xpath(".//*[text() = 'Table de concertation jeunesse']")).get(0));
            browser.waitUntilTextContains("directory-organization-edit-heading", "Table de concertation jeunesse");
            int partners = occurrences(browser.text("directory-organizations-grid"), "Partenaire");
            browser.type("directory-organization-edit-name", "centre de femmes de longueuil");
            browser.click("directory-organization-save");
            browser.waitUntil(d -> "Un organisme porte déjà ce nom.".equals(
                    browser.byId("directory-organization-edit-name").getDomProperty("errorMessage")));
            browser.assertAccessible("directory-organization-name-taken");
            browser.type("directory-organization-edit-name", "Table de concertation jeunesse de Longueuil");
            browser.select("directory-organization-edit-kind", "Organisme membre");
            browser.screenshot("directory-organization-correction");
            browser.click("directory-organization-save");
            browser.waitUntilTextContains("directory-organizations-grid", "Table de concertation jeunesse de Longueuil");
            browser.waitUntil(d -> d.findElements(By.id("directory-organization-edit")).stream()
                    .noneMatch(WebElement::isDisplayed));
            assertEquals(partners - 1, occurrences(browser.text("directory-organizations-grid"), "Partenaire"),
                    "the corrected organization is a member now: " + browser.text("directory-organizations-grid"));
            browser.screenshot("directory-organization-corrected");

            browser.open("plans");
            browser.byId("plans-grid");
            browser.waitUntil(d -> d.getPageSource().contains("TROC Montérégie 2023-2024"));
            browser.assertAccessible("plans-with-demo-plan");
            browser.assertReflows("plans-with-demo-plan");

            browser.click("new-plan-button");
            browser.type("plan-title", "Plan d'action du chantier Mobilité 2026-2027");
            browser.type("plan-period", "2026-2027");
            browser.type("plan-mission", "Améliorer le transport collectif pour les membres");
            browser.type("objective-0-title", "Faire connaître les besoins de transport des membres");
            browser.type("action-0-0-title", "Sonder les organismes membres");
            browser.type("action-0-0-responsible", "Coordonnatrice");
            browser.type("action-0-0-schedule", "Automne 2026");
            browser.assertAccessible("new-plan-form");
            browser.assertReflows("new-plan-form");
            browser.click("save-plan");

            browser.waitUntil(d -> d.getCurrentUrl().matches(".*/plan/\\d+$"));
            String planUrl = browser.driver.getCurrentUrl();
            String planPath = planUrl.substring(planUrl.indexOf("/plan/") + 1);
            assertEquals("Plan d'action du chantier Mobilité 2026-2027", browser.text("plan-detail-title"));
            browser.waitUntilTextContains("plan-status", "Brouillon");
            browser.click("submit-for-adoption");
            browser.waitUntilTextContains("plan-status", "Soumis");
            browser.assertAccessible("plan-submitted");

            browser.signIn("ca1", "demo");
            browser.waitUntilTextContains("home-tasks-count", "vous attend");
            browser.waitUntilTextContains("home-tasks-list", "Plan d'action du chantier Mobilité 2026-2027");
            browser.assertAccessible("home-board-member");
            browser.open("tasks");
            WebElement grid = browser.byId("tasks-grid");
            browser.waitUntil(d -> grid.getText().contains("Plan d'action du chantier Mobilité 2026-2027"));
            browser.assertAccessible("board-inbox");
            browser.assertReflows("board-inbox");
            browser.click(grid.findElements(By.xpath(".//*[contains(text(), 'chantier Mobilité')]")).get(0));
            browser.byId("decision-panel");
            browser.type("decide-comment", "Résolution CA-2026-11-04");
            browser.assertAccessible("board-decision");
            browser.assertReflows("board-decision");
            browser.click("decide-adopt");
            // The decided task leaves the inbox (the empty-inbox message replaces the grid).
            browser.waitUntil(d -> !d.findElements(By.id("tasks-empty")).isEmpty()
                    && d.findElement(By.id("tasks-empty")).isDisplayed());
            browser.assertAccessible("inbox-after-decision");

            browser.open(planPath);
            browser.waitUntilTextContains("plan-status", "Adopté");
            String adoptedOn = browser.text("adopted-on");
            assertTrue(adoptedOn.startsWith("Adopté le "), adoptedOn);
            String decisions = browser.text("plan-decisions");
            assertTrue(decisions.contains("ca1"), decisions);
            assertTrue(decisions.contains("Résolution CA-2026-11-04"), decisions);
            browser.assertAccessible("plan-adopted");
            browser.assertReflows("plan-adopted");
        }
    }

    /**
     * A plan whose objective has more actions than the page shows at once: the table scrolls, says so
     * in words, and its last action is reached by scrolling it.
     */
    @Test
    void aLongObjectiveScrollsInItsTable() throws Exception {
        StringBuilder actions = new StringBuilder();
        for (int n = 1; n <= 70; n++) {
            actions.append(n == 1 ? "" : ",").append("""
                    {"key": "a%d", "level": 1, "number": "1.%d", "title": "Action numéro %d du chantier"}""".formatted(n, n, n));
        }
        String plan = """
                {"formatVersion": "1.0", "title": "Plan d'action long 2026-2027", "period": {"text": "2026-2027"},
                 "levels": [{"name": "Objectif", "numbering": "DECIMAL"}, {"name": "Action", "numbering": "DECIMAL"}],
                 "items": [{"key": "o1", "level": 0, "number": "1", "title": "Rejoindre tous les membres",
                            "children": [%s]}]}""".formatted(actions);
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(concerto.url("api/plans")))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("animateur:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(plan, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);

        try (Browser browser = new Browser(concerto, "long-objective")) {
            browser.signIn("animateur", "demo");
            browser.open("plan/" + id);
            // (the browser's text has an ordinary space for the one before « ; »)
            browser.waitUntilTextContains("plan-objective-0-scroll", "Cet objectif compte 70 actions");
            assertTrue(browser.text("plan-objective-0-scroll").endsWith("; faites défiler le tableau pour les voir toutes."));
            WebElement grid = browser.byId("plan-objective-0-actions");
            browser.waitUntil(d -> grid.getText().contains("Action numéro 1 du chantier"));
            assertTrue(!grid.getText().contains("Action numéro 70 du chantier"), "the last rows are not shown yet");
            browser.assertAccessible("plan-long-objective");
            browser.assertReflows("plan-long-objective");
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView(); arguments[0].scrollToIndex(69)", grid);
            browser.waitUntil(d -> grid.getText().contains("Action numéro 70 du chantier"));
            browser.screenshot("plan-long-objective-scrolled");
        }
    }

    private static int occurrences(String text, String word) {
        return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
    }
}
