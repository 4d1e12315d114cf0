package ca.concerto.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Regional modules dropped into modules/ while Concerto runs: a module's screen appears, is
 * updated and goes away with its jar (an open page of it is moved away); broken jars are listed
 * with their errors on the Modules page and nothing else stops working.
 */
class ModulesHotDeployIT {

    private static RunningConcerto concerto;
    private static Path built;

    @BeforeAll
    static void startConcerto() {
        concerto = RunningConcerto.start(RunningConcerto.newHome("modules"), Map.of(), "--demo");
        built = concerto.home.resolve("test-modules");
    }

    @AfterAll
    static void stopConcerto() {
        if (concerto != null) {
            concerto.close();
        }
    }

    @Test
    void aModuleIsInstalledUpdatedAndUninstalledWhileRunning() throws IOException {
        Path v1 = TestModules.screenModule(built, "1.0.0", "Module d'essai", "Bonjour de la version 1");
        Path v2 = TestModules.screenModule(built, "2.0.0", "Module d'essai", "Bonjour de la version 2");
        Path deployed = concerto.home.resolve("modules/hello.jar");
        try (Browser browser = new Browser(concerto, "modules")) {
            browser.signIn("admin", "demo");

            drop(v1, deployed);
            openUntilGreeting(browser, "Bonjour de la version 1");
            assertTrue(browser.driver.getPageSource().contains("Module d'essai"), "the module's menu entry");
            browser.assertAccessible("module-v1");

            drop(v2, deployed);
            openUntilGreeting(browser, "Bonjour de la version 2");
            browser.assertAccessible("module-v2");

            Files.delete(deployed);
            browser.waitUntil(d -> !d.getCurrentUrl().endsWith("/hello"));
            browser.assertAccessible("module-removed-page-moved");
            browser.open("hello");
            assertTrue(browser.driver.findElements(By.id("hello-text")).isEmpty(), "the route is gone");
            assertTrue(!browser.driver.getPageSource().contains("Module d'essai"), "the menu entry is gone");
        }
    }

    @Test
    void brokenModulesAreReportedAndTheRestKeepsWorking() throws IOException {
        drop(TestModules.notABundle(built), concerto.home.resolve("modules/not-a-bundle.jar"));
        drop(TestModules.unresolvableModule(built), concerto.home.resolve("modules/unresolvable.jar"));
        drop(TestModules.throwingModule(built), concerto.home.resolve("modules/boom.jar"));
        try (Browser browser = new Browser(concerto, "broken-modules")) {
            browser.signIn("admin", "demo");
            browser.waitUntil(d -> {
                browser.open("admin/modules");
                String errors = browser.text("modules-errors");
                String files = browser.text("modules-files");
                return files.contains("not-a-bundle.jar") && files.contains("n'est pas un module")
                        && errors.contains("test.boom") && errors.contains("test.unresolvable");
            });
            String errors = browser.text("modules-errors");
            assertTrue(errors.contains("fails on purpose"), errors);
            assertTrue(errors.contains("ca.concerto.nowhere.api"), errors);
            String bundles = browser.text("modules-bundles");
            assertTrue(bundles.contains("test.unresolvable"), bundles);
            assertTrue(bundles.contains("Installé (non résolu)"), bundles);
            browser.assertAccessible("modules-page-with-errors");
            browser.assertReflows("modules-page-with-errors");

            // the platform's health: the database and the engine work; the unresolved module is a problem
            browser.open("admin/health");
            browser.waitUntilTextContains("health-database-state", "en bon état");
            browser.waitUntilTextContains("health-engine-state", "en bon état");
            assertTrue(browser.text("health-database-facts").contains("Plans d'action enregistrés"),
                    browser.text("health-database-facts"));
            assertTrue(browser.text("health-summary").contains("détecté"), browser.text("health-summary"));
            String inactive = browser.text("health-bundles-inactive");
            assertTrue(inactive.contains("test.unresolvable") && inactive.contains("Installé (non résolu)"), inactive);
            browser.assertAccessible("health-with-a-broken-module");
            browser.assertReflows("health-with-a-broken-module");

            browser.open("plans");
            browser.waitUntil(d -> browser.text("plans-grid").contains("TROC Montérégie"));
            assertTrue(concerto.isAlive());
        }
    }

    @Test
    void anAdministratorUploadsAModuleThenUninstallsItFromTheModulesScreen() {
        Path module = TestModules.screenModule(built, "3.0.0", "Module téléversé", "Bonjour du module téléversé");
        try (Browser browser = new Browser(concerto, "module-upload")) {
            browser.signIn("admin", "demo");
            browser.open("admin/modules");
            // the upload's own file input, as the browser's file chooser fills it
            WebElement input = (WebElement) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "const u = document.getElementById('modules-upload');"
                            + "return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');");
            input.sendKeys(module.toAbsolutePath().toString());
            browser.waitUntilTextContains("modules-upload-result", "Le module test.hello (hello-3.0.0.jar) est dans le dossier");
            browser.assertAccessible("module-uploaded");
            openUntilGreeting(browser, "Bonjour du module téléversé");

            browser.open("admin/modules");
            browser.click("modules-uninstall-hello-3-0-0-jar");
            browser.waitUntilTextContains("modules-uninstall-confirmation", "Désinstaller le module hello-3.0.0.jar ?");
            browser.assertAccessible("module-uninstall-confirmation");
            browser.click("modules-uninstall-confirm");
            browser.waitUntilTextContains("modules-upload-result", "a été retiré du dossier des modules");
            assertTrue(!Files.exists(concerto.home.resolve("modules/hello-3.0.0.jar")));
            browser.waitUntil(d -> {
                browser.open("hello");
                return d.findElements(By.id("hello-text")).isEmpty();
            });
        }
    }

    /** Copies a jar into modules/ in one step, as an administrator's file copy would land. */
    private static void drop(Path jar, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING);
        // A later modification time than the previous copy, so the watcher sees a change.
        Files.setLastModifiedTime(partial, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void openUntilGreeting(Browser browser, String greeting) {
        browser.waitUntil(d -> {
            browser.open("hello");
            var text = d.findElements(By.id("hello-text"));
            return !text.isEmpty() && text.get(0).getText().equals(greeting);
        });
    }
}
