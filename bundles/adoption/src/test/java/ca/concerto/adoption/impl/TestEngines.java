package ca.concerto.adoption.impl;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import ca.concerto.plan.interchange.impl.PlanInterchangeImpl;
import ca.concerto.persistence.join.ConnectionJoin;
import ca.concerto.plan.store.impl.StoreForTests;

import org.operaton.bpm.engine.ProcessEngine;
import org.postgresql.ds.PGSimpleDataSource;
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
                .setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return build(configuration, beans, bpmnResources);
    }

    /**
     * An engine on the store's own database (H2 or a PostgreSQL schema), as the platform runs it,
     * with every delegate of the cycle on the real store.
     */
    static ProcessEngine start(StoreForTests store, String... bpmnResources) {
        return start(store, Map.of(), bpmnResources);
    }

    /** The same, with a regional module's own delegates by name. */
    static ProcessEngine start(StoreForTests store, Map<String, Object> moduleDelegates, String... bpmnResources) {
        Map<Object, Object> beans = new HashMap<>(moduleDelegates);
        beans.put("concertoMarkPlanSubmitted", new MarkPlanSubmittedDelegate(store.plans));
        beans.put("concertoRecordAdoptionDecision", new RecordAdoptionDecisionDelegate(store.plans));
        beans.put("concertoEnterCyclePhase", new EnterCyclePhaseDelegate(store.cycles));
        beans.put("concertoRecordCycleVersion", new RecordCycleVersionDelegate(store.documents,
                new PlanInterchangeImpl()));
        beans.put("concertoPublishPlan", new PublishPlanDelegate(store.plans));
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setDataSource(ConnectionJoin.leading(store.dataSource()))
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        if (store.dataSource() instanceof PGSimpleDataSource pg) {
            // the engine looks for its tables in this schema only, not in other tests' schemas of the database
            configuration.setDatabaseSchema(pg.getCurrentSchema());
            configuration.setDatabaseTablePrefix(pg.getCurrentSchema() + ".");
        }
        return build(configuration, beans, bpmnResources);
    }

    private static ProcessEngine build(ProcessEngineConfigurationImpl configuration, Map<Object, Object> beans,
                                       String... bpmnResources) {
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL)
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
