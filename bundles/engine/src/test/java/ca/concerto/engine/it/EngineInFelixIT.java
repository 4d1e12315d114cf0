package ca.concerto.engine.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;

import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Boots Felix with SCR, the engine bundle (as built by this module), the runtime bundles beside it and a
 * fixture bundle; runs processes on H2 (file) and PostgreSQL (skipped when 127.0.0.1:5432 is closed).
 */
class EngineInFelixIT {

    /** Runtime bundles beside the engine, in start order (files copied by maven-dependency-plugin). */
    static final List<String> RUNTIME = List.of(
            "org.osgi.util.function", "org.osgi.util.promise", "org.osgi.service.component", "org.apache.felix.scr",
            "org.osgi.service.jdbc", "h2", "postgresql",
            "mybatis", "jakarta.el-api", "joda-time");

    static final Path TARGET = Paths.get(System.getProperty("it.target", "target"));

    @Test
    void h2() throws Exception {
        // A fresh database each run, so deployment counts speak of this run only.
        Path dir = TARGET.resolve("it/h2");
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Path db = dir.resolve("engine").toAbsolutePath();
        scenario("h2", Map.of("it.db.driver", "org.h2.Driver", "it.db.url", "jdbc:h2:file:" + db, "it.db.user", "sa",
                "it.db.password", ""));
    }

    @Test
    void postgresql() throws Exception {
        // A fresh database of its own each run: another engine's job executor on a shared database
        // would take our jobs, and an earlier run's deployments would count. PostgreSQL is required.
        String database = "concerto_engine_it";
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement st = c.createStatement()) {
            st.execute("drop database if exists " + database + " with (force)");
            st.execute("create database " + database);
        }
        scenario("pg", Map.of("it.db.driver", "org.postgresql.Driver",
                "it.db.url", "jdbc:postgresql://127.0.0.1:5432/" + database, "it.db.user", "postgres"));
    }

    @SuppressWarnings("unchecked")
    private void scenario(String name, Map<String, String> db) throws Exception {
        Path storage = TARGET.resolve("it/felix-" + name);
        Map<String, String> config = new HashMap<>(db);
        config.put("org.osgi.framework.storage", storage.toAbsolutePath().toString());
        config.put("org.osgi.framework.storage.clean", "onFirstInit");
        config.put("org.osgi.framework.system.packages.extra",
                "org.slf4j;version=2.0.17,org.slf4j.event;version=2.0.17,org.slf4j.helpers;version=2.0.17,"
                        + "org.slf4j.spi;version=2.0.17,org.slf4j;version=1.7.36,org.slf4j.helpers;version=1.7.36");
        Framework framework = new FrameworkFactory().newFramework(config);
        framework.start();
        try {
            BundleContext ctx = framework.getBundleContext();
            List<Bundle> bundles = new ArrayList<>();
            for (String prefix : RUNTIME) {
                bundles.add(ctx.installBundle(find(prefix).toUri().toString()));
            }
            Bundle engine = ctx.installBundle(Paths.get(System.getProperty("it.engine.jar")).toUri().toString());
            bundles.add(engine);
            bundles.add(ctx.installBundle("file:fixture", fixtureBundle()));
            bundles.add(ctx.installBundle("file:bad", badBundle()));
            for (Bundle b : bundles) {
                b.start();
            }

            Map<String, Object> r = scenarioService(ctx).apply("run");
            System.out.println("[" + name + "] " + r);
            assertEquals("concerto", r.get("engineName"));
            assertEquals(1L, r.get("fixtureDeployments"));
            assertEquals(0L, r.get("badDeployments"), "bad BPMN must not deploy");
            assertEquals("itRecorder", r.get("p1VariableAfterDelegate"));
            assertEquals("review", r.get("p1Task"));
            assertEquals("COMPLETED", r.get("p1State"));
            assertEquals("approve", r.get("p2Task"), "async service task on the job executor");
            assertEquals(0L, r.get("p2FailedJobs"));
            assertEquals("COMPLETED", r.get("p2State"));
            assertEquals(1L, r.get("dmnDefinitions"), "the DMN of the header is deployed");
            assertEquals("adopté", r.get("dmnFourVotes"));
            assertEquals("rejeté", r.get("dmnOneVote"));
            List<String> calls = (List<String>) r.get("calls");
            assertTrue(calls.stream().anyMatch(c -> c.startsWith("itRecorder:callDelegate:")), calls.toString());
            assertTrue(calls.stream().anyMatch(c -> c.startsWith("itRecorder:asyncDelegate:") && !c.endsWith(":main")), calls.toString());
            assertTrue(calls.stream().anyMatch(c -> c.startsWith("itListener:end:")), calls.toString());

            // Restart the engine bundle: the engine closes, is rebuilt, redeploys nothing new.
            engine.stop();
            assertEquals(null, ctx.getServiceReference("org.operaton.bpm.engine.ProcessEngine"));
            engine.start();
            Map<String, Object> afterRestart = scenarioService(ctx).apply("deployments");
            assertEquals(1L, afterRestart.get("fixtureDeployments"), afterRestart.toString());
            assertEquals(r.get("operatonVersions"), afterRestart.get("operatonVersions"));

            // Update the engine bundle in place (new jar, refresh): the old engine must close cleanly.
            engine.update();
            refresh(framework, engine);
            Map<String, Object> afterUpdate = scenarioService(ctx).apply("run");
            System.out.println("[" + name + "] after update " + afterUpdate);
            assertEquals(1L, afterUpdate.get("fixtureDeployments"));
            assertEquals("COMPLETED", afterUpdate.get("p2State"));
        } finally {
            framework.stop();
            framework.waitForStop(30_000);
        }
    }

    @SuppressWarnings("unchecked")
    private static Function<String, Map<String, Object>> scenarioService(BundleContext ctx) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            ServiceReference<?>[] refs = ctx.getServiceReferences(Function.class.getName(), "(concerto.it=scenario)");
            if (refs != null) {
                return (Function<String, Map<String, Object>>) ctx.getService(refs[0]);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("fixture scenario service missing");
    }

    private static void refresh(Framework framework, Bundle bundle) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        framework.adapt(FrameworkWiring.class).refreshBundles(List.of(bundle), e -> {
            if (e.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                done.countDown();
            }
        });
        assertTrue(done.await(60, TimeUnit.SECONDS), "refresh timed out");
    }

    private static Path find(String prefix) throws IOException {
        Path dir = TARGET.resolve("it-bundles");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches(java.util.regex.Pattern.quote(prefix) + "-\\d.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + prefix + " in " + dir));
        }
    }

    private static InputStream fixtureBundle() throws IOException {
        Manifest m = manifest("ca.concerto.engine.itfixture");
        Attributes a = m.getMainAttributes();
        a.putValue("Bundle-Activator", "ca.concerto.engine.it.fixture.FixtureActivator");
        a.putValue("Import-Package", "javax.sql,org.osgi.framework,org.osgi.util.tracker,org.osgi.service.jdbc,"
                + "org.operaton.bpm.engine,org.operaton.bpm.engine.delegate,org.operaton.bpm.engine.runtime,"
                + "org.operaton.bpm.engine.task,org.operaton.bpm.engine.history,org.operaton.bpm.engine.repository,"
                + "org.operaton.bpm.engine.query,org.operaton.bpm.dmn.engine");
        a.putValue("Concerto-Workflows", "workflows/it-operaton.bpmn, /workflows/it-camunda.bpmn, workflows/it-quorum.dmn");
        Path classes = Paths.get(System.getProperty("it.test.classes", "target/test-classes"));
        Map<String, byte[]> entries = new HashMap<>();
        try (Stream<Path> files = Files.list(classes.resolve("ca/concerto/engine/it/fixture"))) {
            for (Path p : files.toList()) {
                entries.put("ca/concerto/engine/it/fixture/" + p.getFileName(), Files.readAllBytes(p));
            }
        }
        entries.put("workflows/it-operaton.bpmn", Files.readAllBytes(classes.resolve("it/workflows/it-operaton.bpmn")));
        entries.put("workflows/it-camunda.bpmn", Files.readAllBytes(classes.resolve("it/workflows/it-camunda.bpmn")));
        entries.put("workflows/it-quorum.dmn", Files.readAllBytes(classes.resolve("it/workflows/it-quorum.dmn")));
        return jar(m, entries);
    }

    private static InputStream badBundle() throws IOException {
        Manifest m = manifest("ca.concerto.engine.itbad");
        m.getMainAttributes().putValue("Concerto-Workflows", "workflows/bad.bpmn,workflows/missing.bpmn");
        Path classes = Paths.get(System.getProperty("it.test.classes", "target/test-classes"));
        return jar(m, Map.of("workflows/bad.bpmn", Files.readAllBytes(classes.resolve("it/workflows/bad.bpmn"))));
    }

    private static Manifest manifest(String bsn) {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", bsn);
        a.putValue("Bundle-Version", "1.0.0");
        return m;
    }

    private static InputStream jar(Manifest m, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, m)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(e.getKey()));
                jar.write(e.getValue());
                jar.closeEntry();
            }
        }
        return new java.io.ByteArrayInputStream(bytes.toByteArray());
    }

}
