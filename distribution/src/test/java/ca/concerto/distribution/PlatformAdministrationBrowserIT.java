package ca.concerto.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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
            assertTrue(browser.text("plans-filter-regroupement").contains("troc-monteregie"), browser.text("plans-filter-regroupement"));
            assertEquals("Isabelle Lavoie · regroupement troc-monteregie", browser.text("signed-in-user"));
            browser.assertAccessible("plans-of-troc");
            browser.assertReflows("plans-of-troc");

            browser.open("plans"); // at full width again after the reflow check
            browser.waitUntilTextContains("plans-grid", "TROC Montérégie 2023-2024");
            browser.select("plans-filter-regroupement", "rop-mauricie");
            browser.waitUntilTextContains("plans-grid", "Plan d’action 2021 – 2022");
            assertFalse(browser.text("plans-grid").contains("TROC Montérégie"), browser.text("plans-grid"));
            assertTrue(browser.text("plans-filter-regroupement").contains("rop-mauricie"), browser.text("plans-filter-regroupement"));
            assertEquals("Isabelle Lavoie · regroupement rop-mauricie", browser.text("signed-in-user"));
            browser.screenshot("plans-of-rop");
            browser.assertAccessible("plans-of-rop");

            browser.open("admin/users");
            browser.waitUntilTextContains("users-grid", "Sylvie Lemieux");
            assertFalse(browser.text("users-grid").contains("Marie-Josée Gagnon"), browser.text("users-grid"));
            browser.screenshot("users-of-rop");
            browser.assertAccessible("users-of-rop");
        }
    }
}
