package ca.concerto.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Outside demo mode there is no default account: the first start asks for the administrator's,
 * and "demo" opens nothing. The administrator then adds the regroupement's facilitator on « Utilisateurs
 * et rôles » and cannot give up the last administrator's role.
 */
class FirstStartBrowserIT {

    @Test
    void firstStartAsksForTheAdministratorAccount() {
        try (RunningConcerto concerto = RunningConcerto.start(RunningConcerto.newHome("first-start"), Map.of());
             Browser browser = new Browser(concerto, "first-start")) {
            browser.open("plans");
            browser.byId("setup-username");  // any page shows the setup form until an administrator exists
            browser.assertAccessible("setup-asked");
            browser.assertReflows("setup-asked");

            browser.type("setup-username", "directrice");
            browser.type("setup-display-name", "Sylvie Tremblay");
            browser.type("setup-regroupement", "ROP Mauricie");
            browser.type("setup-regroupement-name", "ROP Mauricie");
            browser.type("setup-password", "un mot de passe solide");
            browser.type("setup-confirm", "un mot de passe solide");
            browser.click("setup-create");
            browser.waitUntilTextContains("setup-status", "ne peut contenir que des lettres minuscules");
            browser.type("setup-regroupement", "rop-mauricie");
            browser.type("setup-confirm", "un autre mot de passe");
            browser.click("setup-create");
            browser.waitUntilTextContains("setup-status", "ne sont pas identiques");
            browser.assertAccessible("setup-mismatch");

            browser.type("setup-confirm", "un mot de passe solide");
            browser.click("setup-create");
            browser.waitUntilTextContains("signed-in-user", "Sylvie Tremblay");
            browser.assertAccessible("administrator-signed-in");

            browser.driver.manage().deleteAllCookies();
            browser.open("login");
            assertTrue(browser.driver.findElements(org.openqa.selenium.By.id("setup-username")).isEmpty(),
                    "setup is not offered again");
            browser.attemptSignIn("admin", "demo");
            browser.waitUntil(d -> d.findElement(By.tagName("vaadin-login-form")).getAttribute("error") != null);
            assertTrue(browser.driver.getCurrentUrl().endsWith("/login"), "no demo account outside demo mode");
            browser.assertAccessible("demo-password-refused");

            browser.signIn("directrice", "un mot de passe solide");
            // the administrator created at set-up runs the platform: the header says where she works
            assertEquals("Sylvie Tremblay · regroupement ROP Mauricie", browser.text("signed-in-user"));

            // the administrator adds the regroupement's facilitator: a too short password is refused beside it
            browser.open("admin/users");
            browser.waitUntilTextContains("users-grid", "directrice");
            browser.assertAccessible("users");
            browser.assertReflows("users");
            browser.type("users-new-username", "animatrice");
            browser.type("users-new-name", "Julie Bouchard");
            browser.click("users-new-role-FACILITATOR");
            browser.type("users-new-password", "abc");
            browser.click("users-new-create");
            browser.waitUntil(d -> browser.byId("users-new-password").getDomAttribute("invalid") != null);
            browser.assertAccessible("users-new-refused");
            browser.type("users-new-password", "bienvenue chez nous");
            browser.click("users-new-create");
            browser.waitUntilTextContains("users-grid", "animatrice");

            // the last administrator cannot give up the role: said in words, nothing changed
            WebElement self = browser.waitUntil(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .filter(c -> c.getText().trim().equals("directrice")).findFirst().orElse(null));
            browser.click(self);
            browser.waitUntil(d -> browser.byId("users-role-ADMINISTRATOR").getDomAttribute("checked") != null);
            browser.click("users-role-ADMINISTRATOR");
            browser.click("users-roles-save");
            browser.waitUntilTextContains("users-roles-error", "doit garder au moins");
            browser.assertAccessible("users-last-administrator");

            // the new facilitator signs in with the password given, and makes it her own in « Mon compte »
            browser.signIn("animatrice", "bienvenue chez nous");
            assertEquals("Julie Bouchard", browser.text("signed-in-user"));
            // the password given is temporary: whatever she opens, « Mon compte » asks for her own first
            browser.open("plans");
            browser.waitUntilTextContains("account-temporary", "Le mot de passe que vous avez reçu est temporaire");
            browser.waitUntilTextContains("account-roles", "Animation");
            browser.type("account-current-password", "pas le bon");
            browser.type("account-new-password", "le mien seulement");
            browser.type("account-confirm-password", "le mien seulement");
            browser.click("account-password-change");
            browser.waitUntil(d -> "Ce n'est pas votre mot de passe actuel. Rien n'a été changé.".equals(
                    browser.byId("account-current-password").getDomProperty("errorMessage")));
            browser.assertAccessible("account-wrong-password");
            browser.assertReflows("account-wrong-password");
            browser.open("account");
            browser.type("account-current-password", "bienvenue chez nous");
            browser.type("account-new-password", "le mien seulement");
            browser.type("account-confirm-password", "le mien seulement");
            browser.click("account-password-change");
            browser.waitUntil(d -> d.getPageSource().contains("Votre mot de passe a été changé."));
            browser.screenshot("account-password-changed");
            browser.open("plans");
            // the other screens open now
            browser.waitUntil(d -> !d.findElements(By.id("plans-grid")).isEmpty()
                    || !d.findElements(By.id("plans-empty")).isEmpty());
            browser.driver.manage().deleteAllCookies();
            browser.open("login");
            browser.attemptSignIn("animatrice", "bienvenue chez nous");
            browser.waitUntil(d -> d.findElement(By.tagName("vaadin-login-form")).getAttribute("error") != null);
            browser.signIn("animatrice", "le mien seulement");

            // forgotten: the administrator replaces it with one she passes on
            browser.signIn("directrice", "un mot de passe solide");
            browser.open("admin/users");
            WebElement julie = browser.waitUntil(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .filter(c -> c.getText().trim().equals("animatrice")).findFirst().orElse(null));
            browser.click(julie);
            browser.waitUntilTextContains("users-roles-heading", "Julie Bouchard");
            browser.type("users-reset-password", "repartir à neuf");
            browser.click("users-reset-save");
            browser.waitUntil(d -> d.getPageSource().contains("Le mot de passe de Julie Bouchard a été remplacé"));
            browser.assertAccessible("users-password-replaced");
            browser.driver.manage().deleteAllCookies();
            browser.open("login");
            browser.attemptSignIn("animatrice", "le mien seulement");
            browser.waitUntil(d -> d.findElement(By.tagName("vaadin-login-form")).getAttribute("error") != null);
            browser.signIn("animatrice", "repartir à neuf");
            assertEquals("Julie Bouchard", browser.text("signed-in-user"));

            // she leaves: the administrator closes her account, and her open session ends at her next page
            try (Browser herBrowser = new Browser(concerto, "first-start-julie")) {
                herBrowser.signIn("animatrice", "repartir à neuf");
                browser.signIn("directrice", "un mot de passe solide");
                browser.open("admin/users");
                WebElement row = browser.waitUntil(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                        .filter(c -> c.getText().trim().equals("animatrice")).findFirst().orElse(null));
                browser.click(row);
                browser.waitUntilTextContains("users-access-state", "Ce compte est ouvert");
                browser.click("users-access-toggle");
                browser.waitUntilTextContains("users-access-state", "Ce compte est fermé");
                browser.assertAccessible("users-account-closed");
                assertTrue(browser.textContent("users-grid").contains("Fermé"), browser.textContent("users-grid"));

                // the page asked for gives way to the sign-in form, with why
                herBrowser.open("plans");
                herBrowser.waitUntil(d -> d.getPageSource().contains("Votre compte a été fermé"));
                herBrowser.screenshot("account-closed-session-ended");
                herBrowser.waitFor(By.tagName("vaadin-login-form"));
                assertTrue(herBrowser.driver.findElements(By.id("plans-grid")).isEmpty(), "no plan shown");
                herBrowser.attemptSignIn("animatrice", "repartir à neuf");
                herBrowser.waitUntil(d -> d.findElement(By.tagName("vaadin-login-form")).getAttribute("error") != null);
            }
        }
    }
}
