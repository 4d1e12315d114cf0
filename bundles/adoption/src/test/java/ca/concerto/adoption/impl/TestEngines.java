package ca.concerto.adoption.impl;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.repository.DeploymentBuilder;

/**
 * A real engine for tests, on a private in-memory H2 database, with the bundle's delegates wired
 * by name the way the engine bundle wires OSGi services, and the given BPMN deployed. The job
 * executor is off: tests run timers themselves.
 */
final class TestEngines {

    private TestEngines() {
    }

    static ProcessEngine start(InMemoryPlanService plans, String... bpmnResources) {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("concertoMarkPlanSubmitted", new MarkPlanSubmittedDelegate(plans));
        beans.put("concertoRecordAdoptionDecision", new RecordAdoptionDecisionDelegate(plans));
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
        configuration.setBeans(beans);
        ProcessEngine engine = configuration.buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment();
        for (String resource : bpmnResources) {
            deployment.addClasspathResource(resource);
        }
        deployment.deploy();
        return engine;
    }
}
