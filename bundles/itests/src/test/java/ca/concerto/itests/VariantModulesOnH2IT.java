package ca.concerto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;

import ca.concerto.plan.api.PlanService;
import ca.concerto.workflow.api.AdoptionVariant;
import ca.concerto.workflow.api.PlanCycleWorkflow;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The two regional modules (workflows/variant-aga, workflows/variant-joint) installed into the running
 * core, as dropping their jars into modules/ does: they become active, register their AdoptionVariant
 * and delegates, and the engine's extender deploys their BPMN; uninstalled, their services are gone.
 * On H2 only (the modules store nothing of their own).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VariantModulesOnH2IT {

    private static final long SERVICE_TIMEOUT_MS = 120_000;
    private static final String AGA_JAR = "concerto.itest.variant.aga";
    private static final String PROCESS_ENGINE = "org.operaton.bpm.engine.ProcessEngine";
    private static final String JAVA_DELEGATE = "org.operaton.bpm.engine.delegate.JavaDelegate";
    private static final String JOINT_JAR = "concerto.itest.variant.joint";

    @Inject
    BundleContext context;
    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    PlanService plans;
    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    PlanCycleWorkflow cycles;

    @Configuration
    public Option[] config() {
        Path db = Path.of(System.getProperty("concerto.itest.work", "target/itest-work"), "variants-h2", "data", "concerto");
        List<Option> options = new ArrayList<>(Arrays.asList(
                CoreRuntime.options("jdbc:h2:file:" + db.toAbsolutePath(), "", "", "variants-h2")));
        options.add(frameworkProperty(AGA_JAR).value(moduleJar("concerto-variant-aga")));
        options.add(frameworkProperty(JOINT_JAR).value(moduleJar("concerto-variant-joint")));
        options.add(frameworkProperty("concerto.variant.aga.regroupements").value("rop-estrie"));
        options.add(frameworkProperty("concerto.variant.joint.regroupements").value("troc-monteregie"));
        options.add(frameworkProperty("concerto.variant.joint.partner").value("Chantier Transport"));
        return options.toArray(Option[]::new);
    }

    /** The module's jar, copied by this module's build from the reactor (see pom.xml, copy-variant-modules). */
    private static String moduleJar(String artifactId) {
        Path jar = Path.of(System.getProperty("concerto.itest.modules", "target/variant-modules"), artifactId + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The module jar is missing (built by mvn verify of the whole project): " + jar);
        }
        return jar.toAbsolutePath().toUri().toString();
    }

    @Test
    public void theModulesInstallRegisterTheirVariantsDeployTheirBpmnAndLeaveCleanly() throws Exception {
        Bundle aga = context.installBundle(context.getProperty(AGA_JAR));
        Bundle joint = context.installBundle(context.getProperty(JOINT_JAR));
        try {
            aga.start();
            joint.start();
            assertEquals(Bundle.ACTIVE, aga.getState());
            assertEquals(Bundle.ACTIVE, joint.getState());

            waitFor("both variants registered", () -> variantsOf(aga).size() == 1 && variantsOf(joint).size() == 1);
            AdoptionVariant agaVariant = context.getService(variantsOf(aga).getFirst());
            AdoptionVariant jointVariant = context.getService(variantsOf(joint).getFirst());
            assertEquals("concertoCycleAdoptionAga", agaVariant.cycleAdoptionProcessKey());
            assertEquals("AGA", agaVariant.adoptingBody());
            assertTrue("configured by the framework property", agaVariant.appliesTo("rop-estrie"));
            assertFalse(agaVariant.appliesTo("troc-monteregie"));
            assertEquals("concertoCycleAdoptionJoint", jointVariant.cycleAdoptionProcessKey());
            assertEquals("CA", jointVariant.adoptingBody());
            assertTrue(jointVariant.appliesTo("troc-monteregie"));
            assertTrue(delegate("concertoAgaVoteCheck", aga));
            assertTrue(delegate("concertoJointOutcome", joint));

            waitFor("both BPMN deployed", () -> deployed("concertoCycleAdoptionAga")
                    && deployed("concertoCycleAdoptionJoint"));
        } finally {
            aga.uninstall();
            joint.uninstall();
        }
        assertEquals(Bundle.UNINSTALLED, aga.getState());
        assertTrue("no variant left", context.getServiceReferences(AdoptionVariant.class, null).isEmpty());
        assertFalse(delegate("concertoAgaVoteCheck", null));
        assertFalse(delegate("concertoJointOutcome", null));
    }

    private List<ServiceReference<AdoptionVariant>> variantsOf(Bundle bundle) {
        try {
            Collection<ServiceReference<AdoptionVariant>> all = context.getServiceReferences(AdoptionVariant.class, null);
            return all.stream().filter(ref -> ref.getBundle() != null && ref.getBundle().getBundleId() == bundle.getBundleId())
                    .toList();
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a delegate of that name is registered (by that bundle, unless null). */
    private boolean delegate(String name, Bundle bundle) throws Exception {
        ServiceReference<?>[] refs = context.getServiceReferences(JAVA_DELEGATE, "(concerto.delegate.name=" + name + ")");
        return refs != null && java.util.Arrays.stream(refs)
                .anyMatch(ref -> bundle == null || ref.getBundle().getBundleId() == bundle.getBundleId());
    }

    /**
     * Whether the engine holds a process definition of that key. Through reflection on the engine
     * service: the engine's API on this test's class path would stand beside the engine bundle's
     * own classes and break the core's tests that share the probe.
     */
    private boolean deployed(String key) {
        ServiceReference<?> ref = context.getServiceReference(PROCESS_ENGINE);
        if (ref == null) {
            return false;
        }
        Object engine = context.getService(ref);
        try {
            Object repository = call(engine, "getRepositoryService");
            Object query = call(repository, "createProcessDefinitionQuery");
            query = query.getClass().getMethod("processDefinitionKey", String.class).invoke(query, key);
            return ((Number) call(query, "count")).longValue() > 0;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot query the engine's process definitions", e);
        } finally {
            context.ungetService(ref);
        }
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("Timed out waiting: " + what);
            }
            Thread.sleep(100);
        }
    }
}
