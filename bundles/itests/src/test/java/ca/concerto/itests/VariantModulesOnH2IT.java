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
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.delegate.JavaDelegate;
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
    private static final String JOINT_JAR = "concerto.itest.variant.joint";

    @Inject
    BundleContext context;
    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    ProcessEngine engine;
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
            assertEquals("concerto-variant-aga", engine.getRepositoryService().createDeploymentQuery()
                    .deploymentId(engine.getRepositoryService().createProcessDefinitionQuery()
                            .processDefinitionKey("concertoCycleAdoptionAga").latestVersion().singleResult()
                            .getDeploymentId())
                    .singleResult().getName());
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
        return context.getServiceReferences(JavaDelegate.class, "(concerto.delegate.name=" + name + ")").stream()
                .anyMatch(ref -> bundle == null || ref.getBundle().getBundleId() == bundle.getBundleId());
    }

    private boolean deployed(String key) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count() > 0;
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
