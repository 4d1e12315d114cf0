package ca.concerto.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The main path of a plan's cycle in the browser, as three people do it on the started
 * distribution with the demo data: the facilitator launches the cycle from last year's plan,
 * closes the consultation, records a rencontre and names the comité de rédaction; the committee
 * member drafts the plan, then answers the facilitator's proposed change; a board member opens the
 * decision screen from the inbox, sees the exact version, is told the quorum is not reached, and
 * adopts by vote. The cycle then stands at its publication.
 */
class CycleBrowserIT {

    private static RunningConcerto concerto;

    @BeforeAll
    static void startConcerto() {
        concerto = RunningConcerto.start(RunningConcerto.newHome("cycle"), Map.of(), "--demo");
    }

    @AfterAll
    static void stopConcerto() {
        if (concerto != null) {
            int exit = concerto.stop();
            assertTrue(exit == 0 || exit == 143, "exit code after SIGTERM: " + exit);
        }
    }

    @Test
    void facilitatorCommitteeMemberAndBoardMemberTakeAPlanToItsAdoption() {
        // the screens' today is Québec's (a decision may not be dated after it), not the machine's UTC day
        LocalDate today = LocalDate.now(ZoneId.of("America/Toronto"));
        try (Browser browser = new Browser(concerto, "cycle")) {
            // the facilitator launches the cycle, carrying over last year's plan
            browser.signIn("animateur", "demo");
            browser.open("cycles");
            browser.click("cycle-launch-button");
            browser.type("cycle-title", "Plan d'action TROC Montérégie 2025-2026");
            browser.type("cycle-period", "2025-2026");
            browser.select("cycle-source", "2023-2024");
            browser.date("cycle-consultation-deadline", today.plusDays(20).toString());
            browser.assertAccessible("launch-form");
            browser.assertReflows("launch-form");
            browser.click("cycle-launch-submit");
            browser.waitUntil(d -> d.getCurrentUrl().matches(".*/cycle/\\d+$"));
            String cyclePath = browser.driver.getCurrentUrl().substring(browser.driver.getCurrentUrl().indexOf("cycle/"));
            assertTrue(browser.text("cycle-carried-over").contains("actions non terminées"),
                    browser.text("cycle-carried-over"));
            browser.waitForCycleStep("CONSULTATION");

            browser.choose("cycle-invite-organizations", "Centre d'action bénévole");
            browser.click("cycle-invite-submit");
            browser.waitUntilTextContains("cycle-answers", "Centre d'action bénévole du Haut-Richelieu");
            browser.assertAccessible("consultation");
            browser.assertReflows("consultation");
            browser.click("cycle-task-followConsultation-complete");
            browser.waitForCycleStep("MEETINGS");

            browser.openSection("cycle-section-meetings");
            browser.date("cycle-meeting-date", today.toString());
            browser.type("cycle-meeting-goals", "Valider la vision\nNommer le comité de rédaction");
            browser.type("cycle-meeting-minutes", "Les membres valident la vision du plan.");
            browser.type("cycle-meeting-decisions", "Vision validée");
            browser.click("cycle-meeting-save");
            browser.waitUntil(d -> d.getPageSource().contains("Rencontre 1"));
            browser.openSection("cycle-section-committee");
            browser.choose("cycle-committee-members", "Sophie Tremblay");
            browser.date("cycle-comment-deadline", today.plusDays(40).toString());
            browser.click("cycle-committee-save");
            browser.waitUntilTextContains("cycle-committee-current", "Sophie Tremblay");
            browser.assertAccessible("meeting-and-committee");
            browser.click("cycle-task-holdMeetings-complete");
            browser.waitForCycleStep("DRAFTING");

            // the comité de rédaction member finds the drafting in her inbox and hands in the draft
            browser.signIn("redaction", "demo");
            browser.open("tasks");
            browser.waitUntilTextContains("tasks-grid", "Rédiger le plan");
            browser.assertAccessible("committee-inbox");
            browser.open(cyclePath);
            browser.click("cycle-task-draftPlan-complete");
            browser.waitForCycleStep("COMMENTS");

            // the facilitator proposes a change during the comment period, then closes it
            browser.signIn("animateur", "demo");
            browser.open(cyclePath);
            browser.openSection("cycle-section-comments");
            browser.choose("cycle-comment-item", "1.1");
            browser.select("cycle-comment-kind", "Proposition de modification");
            browser.type("cycle-comment-text", "Préciser à qui s'adressent les représentations");
            browser.type("cycle-comment-proposal-title", "Représentations auprès des élu·e·s provinciaux de la Montérégie");
            browser.click("cycle-comment-save");
            browser.assertAccessible("proposed-change");
            browser.click("cycle-task-followComments-complete");
            browser.waitForCycleStep("REVIEW");

            // the committee member accepts it with a reason and issues the revised version
            browser.signIn("redaction", "demo");
            browser.open(cyclePath);
            browser.openSection("cycle-section-review");
            WebElement reason = browser.waitFor(By.cssSelector("[id^='cycle-review-'][id$='-reason']"));
            String review = reason.getDomAttribute("id").replace("-reason", "");
            browser.type(review + "-reason", "Plus précis pour les partenaires");
            browser.click(review + "-accept");
            browser.waitUntilTextContains(review + "-status", "Accept");
            browser.assertAccessible("review");
            browser.assertReflows("review");
            browser.click("cycle-task-reviewComments-complete");
            browser.waitForCycleStep("ADOPTION");

            // a board member decides from the inbox, on the exact version
            browser.signIn("ca1", "demo");
            browser.open("tasks");
            WebElement grid = browser.byId("tasks-grid");
            browser.waitUntil(d -> grid.getText().contains("Plan d'action TROC Montérégie 2025-2026"));
            browser.click(grid.findElements(By.xpath(".//*[contains(text(), 'TROC Montérégie 2025-2026')]")).get(0));
            browser.click("task-open-in-cycle");
            browser.waitUntil(d -> d.getCurrentUrl().contains("/decision/"));
            assertTrue(browser.text("cycle-decision-fingerprint").matches("[0-9a-f]{64}"),
                    browser.text("cycle-decision-fingerprint"));
            browser.enterVote("Adopter", today.toString(), "CA-" + today + "-04", 3, 4, 3, 0, 0);
            browser.click("cycle-decision-submit");
            browser.waitUntilTextContains("cycle-decision-rule-error", "quorum");
            browser.assertAccessible("decision-quorum-not-reached");
            browser.assertReflows("decision-quorum-not-reached");
            browser.type("cycle-decision-quorum", "2");
            browser.click("cycle-decision-submit");
            browser.waitUntil(d -> d.getCurrentUrl().endsWith(cyclePath));
            browser.waitForCycleStep("PUBLICATION");
            browser.assertAccessible("adopted-to-publish");

            browser.signIn("animateur", "demo");
            browser.open("cycles");
            browser.waitUntilTextContains("cycles-grid", "Publication");
            browser.assertAccessible("cycles-list");
            browser.assertReflows("cycles-list");

            // the plan's versions: the draft, the committee's version and the reviewed one, compared
            browser.open("plans");
            WebElement plans = browser.byId("plans-grid");
            browser.click(plans.findElements(By.xpath(".//*[contains(text(), 'TROC Montérégie 2025-2026')]")).get(0));
            browser.click("plan-versions-link");
            browser.waitUntil(d -> d.getCurrentUrl().contains("/versions/"));
            browser.waitUntilTextContains("versions-side-by-side", "côte à côte");
            assertTrue(browser.text("versions-grid").matches("(?s).*[0-9a-f]{64}.*"), "fingerprints listed in full");
            browser.assertAccessible("versions-compared");
            browser.assertReflows("versions-compared");
        }
    }
}
