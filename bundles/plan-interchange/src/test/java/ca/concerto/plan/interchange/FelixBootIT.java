package ca.concerto.plan.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.felix.framework.Felix;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Boots Apache Felix with this bundle, jackson-core, concerto-plan-api and Felix SCR, and uses the
 * PlanInterchange service (through reflection: its classes live in the bundle's class loader).
 */
class FelixBootIT {

    @Test
    void bundleResolvesAndServiceWorks() throws Exception {
        Path cache = Files.createTempDirectory("felix-cache");
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        Felix felix = new Felix(config);
        felix.start();
        try {
            BundleContext ctx = felix.getBundleContext();
            List<Bundle> bundles = new ArrayList<>();
            try (Stream<Path> jars = Files.list(Path.of(System.getProperty("concerto.felixBundles")))) {
                for (Path jar : jars.sorted().toList()) {
                    bundles.add(ctx.installBundle(jar.toUri().toString()));
                }
            }
            File bundleJar = new File(System.getProperty("concerto.bundle"));
            assertTrue(bundleJar.isFile(), bundleJar + " must be packaged before integration tests");
            Bundle ours = ctx.installBundle(bundleJar.toURI().toString());
            bundles.add(ours);
            for (Bundle b : bundles) {
                b.start();
            }
            for (Bundle b : bundles) {
                assertEquals(Bundle.ACTIVE, b.getState(), b.getSymbolicName() + " is not active");
            }
            ServiceTracker<Object, Object> tracker = new ServiceTracker<>(ctx,
                    ctx.createFilter("(objectClass=ca.concerto.plan.interchange.PlanInterchange)"), null);
            tracker.open(true);
            Object service = tracker.waitForService(10_000);
            assertNotNull(service, "PlanInterchange service");
            ServiceReference<Object> ref = tracker.getServiceReference();
            assertEquals(ours.getBundleId(), ref.getBundle().getBundleId());

            String json = new String(ours.getEntry("/plans/troc-monteregie-2023-2024.json").openStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            Method read = service.getClass().getMethod("read", String.class);
            Object document = read.invoke(service, json);
            Method fingerprint = service.getClass().getMethod("fingerprint", document.getClass());
            String print = (String) fingerprint.invoke(service, document);
            assertTrue(print.matches("[0-9a-f]{64}"), print);
            assertNotNull(ours.getEntry("/schema/concerto-plan.schema.json"));
            tracker.close();
        } finally {
            felix.stop();
            felix.waitForStop(10_000);
        }
    }
}
