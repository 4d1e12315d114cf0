package ca.concerto.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The platform's administrator works in each regroupement in turn: the plan list offers the
 * regroupements; choosing one shows its plans, and its people on the users' screen. A
 * regroupement's facilitator is offered no such choice.
 */
class PlatformAdministrationBrowserIT {

    private static RunningConcerto concerto;

    @BeforeAll
    static void startConcerto() {
        concerto = RunningConcerto.start(RunningConcerto.newHome("platform-admin"), Map.of(), "--demo");
    }

    @AfterAll
    static void stopConcerto() {
        if (concerto != null) {
            concerto.close();
        }
    }

    @Test
    void thePlatformAdministratorChoosesTheRegroupementSheWorksIn() {
        try (Browser browser = new Browser(concerto, "platform-admin")) {
            browser.signIn("animateur", "demo");
            browser.open("plans");
            browser.waitUntilTextContains("plans-grid", "TROC Montérégie 2023-2024");
            assertTrue(browser.driver.findElements(By.id("plans-filter-regroupement")).isEmpty(),
                    "a regroupement's facilitator works in her own only");

            browser.signIn("admin", "demo");
            browser.open("plans");
            browser.waitUntilTextContains("plans-grid", "TROC Montérégie 2023-2024");
            assertTrue(browser.text("plans-filter-regroupement").contains("TROC Montérégie"), browser.text("plans-filter-regroupement"));
            assertEquals("Isabelle Lavoie · regroupement TROC Montérégie", browser.text("signed-in-user"));
            browser.assertAccessible("plans-of-troc");
            browser.assertReflows("plans-of-troc");

            browser.open("plans"); // at full width again after the reflow check
            browser.waitUntilTextContains("plans-grid", "TROC Montérégie 2023-2024");
            browser.select("plans-filter-regroupement", "ROP Mauricie");
            browser.waitUntilTextContains("plans-grid", "Plan d’action 2021 – 2022");
            assertFalse(browser.text("plans-grid").contains("TROC Montérégie"), browser.text("plans-grid"));
            assertTrue(browser.text("plans-filter-regroupement").contains("ROP Mauricie"), browser.text("plans-filter-regroupement"));
            assertEquals("Isabelle Lavoie · regroupement ROP Mauricie", browser.text("signed-in-user"));
            browser.screenshot("plans-of-rop");
            browser.assertAccessible("plans-of-rop");

            browser.open("admin/users");
            browser.waitUntilTextContains("users-grid", "Sylvie Lemieux");
            assertFalse(browser.text("users-grid").contains("Marie-Josée Gagnon"), browser.text("users-grid"));
            browser.screenshot("users-of-rop");
            browser.assertAccessible("users-of-rop");
        }
    }

    /** She opens a regroupement with its first administrator, names it, and works in it; that administrator signs in. */
    @Test
    void thePlatformAdministratorOpensARegroupement() {
        try (Browser browser = new Browser(concerto, "platform-regroupements")) {
            browser.signIn("animateur", "demo");
            browser.open("admin/regroupements");
            browser.byId("home-welcome"); // sent back home, with a notice
            assertTrue(browser.driver.findElements(By.id("regroupements-view")).isEmpty(),
                    "not for a regroupement's facilitator");

            browser.signIn("admin", "demo");
            browser.open("admin/regroupements");
            browser.waitUntilTextContains("regroupements-grid", "TROC Montérégie");
            browser.assertAccessible("regroupements");
            browser.assertReflows("regroupements");

            browser.open("admin/regroupements"); // at full width again after the reflow check
            browser.waitUntilTextContains("regroupements-grid", "ROP Mauricie");
            browser.click("regroupements-new-open");
            browser.waitUntilTextContains("regroupements-new", "Inscrivez l'identifiant du regroupement.");
            browser.assertAccessible("regroupements-form-errors");
            browser.type("regroupements-new-id", "chantier-mobilite");
            browser.type("regroupements-new-name", "Chantier mobilité");
            browser.type("regroupements-new-username", "direction-mobilite");
            browser.type("regroupements-new-admin-name", "Nadia Ouellet");
            browser.type("regroupements-new-password", "mobilite-2026");
            browser.click("regroupements-new-open");
            browser.waitUntilTextContains("regroupements-grid", "Chantier mobilité");

            WebElement grid = browser.byId("regroupements-grid");
            browser.click(grid.findElements(By.xpath(".//*[contains(text(), 'chantier-mobilite')]")).get(0));
            browser.waitUntilTextContains("regroupements-rename-heading", "chantier-mobilite");
            browser.type("regroupements-rename-name", "Chantier mobilité de la Montérégie");
            browser.click("regroupements-rename-save");
            browser.waitUntilTextContains("regroupements-grid", "Chantier mobilité de la Montérégie");
            browser.screenshot("regroupement-opened-and-named");
            browser.assertAccessible("regroupement-opened");

            // chosen by its name on the plan list, the session works in it: no plan yet
            browser.open("plans");
            browser.waitUntilTextContains("plans-grid", "TROC Montérégie 2023-2024");
            browser.select("plans-filter-regroupement", "Chantier mobilité de la Montérégie");
            browser.waitUntil(d -> browser.text("signed-in-user")
                    .equals("Isabelle Lavoie · regroupement Chantier mobilité de la Montérégie"));
            browser.waitFor(By.id("plans-empty"));

            // its first administrator signs in, with the roles to run it
            browser.signIn("direction-mobilite", "mobilite-2026");
            assertEquals("Nadia Ouellet", browser.text("signed-in-user"), "a regroupement's administrator works in hers only");
            // the password the platform's administrator gave opens « Mon compte » only, until she chooses hers
            browser.open("admin/users");
            browser.waitUntilTextContains("account-temporary", "Le mot de passe que vous avez reçu est temporaire");
            assertTrue(browser.driver.findElements(By.id("users-grid")).isEmpty());
            browser.assertAccessible("account-temporary-password");
            browser.type("account-current-password", "mobilite-2026");
            browser.type("account-new-password", "le sien, choisi");
            browser.type("account-confirm-password", "le sien, choisi");
            browser.click("account-password-change");
            browser.waitUntil(d -> d.getPageSource().contains("Votre mot de passe a été changé."));
            browser.open("admin/users");
            browser.waitUntilTextContains("users-grid", "Nadia Ouellet");
            assertTrue(browser.text("users-grid").contains("Administration, Animation"), browser.text("users-grid"));
            assertTrue(browser.driver.findElements(By.id("plans-filter-regroupement")).isEmpty());
        }
    }
}
