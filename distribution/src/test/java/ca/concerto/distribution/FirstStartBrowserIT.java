package ca.concerto.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Outside demo mode there is no default account: the first start asks for the administrator's,
 * and "demo" opens nothing.
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
            browser.type("setup-regroupement", "rop-mauricie");
            browser.type("setup-password", "un mot de passe solide");
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
            assertEquals("Sylvie Tremblay", browser.text("signed-in-user"));
        }
    }
}
