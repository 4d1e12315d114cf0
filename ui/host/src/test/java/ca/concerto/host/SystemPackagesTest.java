package ca.concerto.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SystemPackagesTest {

    @Test
    void parsesVersionsAndDropsDirectivesEvenWithQuotedCommas() {
        Map<String, String> p = SystemPackages.parseExportPackage(
                "com.vaadin.flow.component;version=\"25.2.6\";uses:=\"com.vaadin.flow.dom,com.vaadin.flow.server\","
                        + "com.vaadin.flow.dom;uses:=\"a,b\";version=25.2.6,"
                        + "a.b;c.d;version=\"1.0\",no.version;x-internal:=true");
        assertEquals(Map.of("com.vaadin.flow.component", "25.2.6", "com.vaadin.flow.dom", "25.2.6",
                "a.b", "1.0", "c.d", "1.0", "no.version", ""), p);
    }

    @Test
    void computesFromSelectedJarsOnlyKeepingTheHighestVersion() {
        List<SystemPackages.JarManifest> ms = List.of(
                jar("flow-server-25.2.6.jar", "com.vaadin.flow.server;version=\"25.2.6\""),
                jar("vaadin-grid-flow-25.2.6.jar", "com.vaadin.flow.component.grid;version=\"25.2.6\",com.vaadin.flow.server;version=\"25.0.0\""),
                jar("h2-2.4.240.jar", "org.h2;version=\"2.4.240\""),
                jar("concerto-ui-api-0.1.0-SNAPSHOT.jar", "ca.concerto.ui.api;version=\"1.0.0\""),
                jar("slf4j-api-2.0.17.jar", "org.slf4j;version=2.0.17"),
                jar("vaadin-no-headers.jar", null));
        String extra = SystemPackages.compute(ms);
        assertEquals("com.vaadin.flow.server;version=\"25.2.6\",com.vaadin.flow.component.grid;version=\"25.2.6\","
                + "ca.concerto.ui.api;version=\"1.0.0\",org.slf4j;version=\"2.0.17\"", extra);
    }

    @Test
    void realHostClassPathExportsVaadinApisAndSlf4jButNotDriversOrJetty() throws Exception {
        String extra = SystemPackages.compute(SystemPackages.classPathManifests(getClass().getClassLoader()));
        Set<String> clauses = Arrays.stream(extra.split(",")).collect(Collectors.toSet());
        assertTrue(clauses.contains("com.vaadin.flow.component;version=\"25.2.6\""), extra);
        assertTrue(clauses.contains("com.vaadin.flow.router;version=\"25.2.6\""), extra);
        assertTrue(clauses.stream().anyMatch(c -> c.startsWith("ca.concerto.ui.api;version=")), extra);
        assertTrue(clauses.stream().anyMatch(c -> c.startsWith("ca.concerto.identity.api;version=")), extra);
        assertTrue(clauses.stream().anyMatch(c -> c.startsWith("ca.concerto.plan.api;version=")), extra);
        assertTrue(clauses.stream().anyMatch(c -> c.startsWith("ca.concerto.workflow.api;version=")), extra);
        assertTrue(clauses.contains("org.slf4j;version=\"2.0.17\""), extra);
        assertTrue(clauses.contains("org.slf4j;version=\"1.7.36\""), "HikariCP imports org.slf4j [1.6,2): " + extra);
        assertTrue(clauses.stream().anyMatch(c -> c.startsWith("jakarta.servlet;")), extra);
        assertTrue(clauses.stream().anyMatch(c -> c.startsWith("com.vaadin.flow.component.grid;")), extra);
        assertFalse(extra.contains("org.h2"), extra);
        assertFalse(extra.contains("org.postgresql"), extra);
        assertFalse(extra.contains("org.eclipse.jetty"), extra);
        assertFalse(extra.contains("org.apache.felix"), extra);
    }

    @Test
    void keepsEveryVersionOneJarDeclaresForAPackage() {
        String extra = SystemPackages.compute(List.of(
                jar("slf4j-api-2.0.17.jar", "org.slf4j;version=\"2.0.17\",org.slf4j;version=\"1.7.36\"")));
        assertEquals("org.slf4j;version=\"2.0.17\",org.slf4j;version=\"1.7.36\"", extra);
    }

    @Test
    void comparesVersions() {
        assertTrue(SystemPackages.compareVersions("25.2.6", "25.10.0") < 0);
        assertEquals("2.0.17", SystemPackages.higher("2.0.17", "1.7.36"));
        assertEquals("1.0", SystemPackages.higher("", "1.0"));
    }

    private static SystemPackages.JarManifest jar(String name, String exports) {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (exports != null) {
            m.getMainAttributes().putValue("Export-Package", exports);
        }
        return new SystemPackages.JarManifest(name, m);
    }
}
