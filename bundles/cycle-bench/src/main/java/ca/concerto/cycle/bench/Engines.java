package ca.concerto.cycle.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.repository.DeploymentBuilder;
import org.operaton.bpm.engine.runtime.Job;

/**
 * One engine bootstrap for both sides, so that they differ only by their delegates: a standalone
 * Operaton engine on the given DataSource (schema created by the engine), full history as the
 * platform keeps it, the job executor off (the harness runs the timers, as the process tests do),
 * the delegates as beans by name, and the cycle's two BPMN files deployed.
 */
public final class Engines {

    public static final String[] CYCLE_BPMN = {"workflows/plan-cycle.bpmn", "workflows/cycle-adoption.bpmn"};

    private Engines() {
    }

    public static ProcessEngine start(String name, DataSource dataSource, Map<Object, Object> beans) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setProcessEngineName(name)
                .setDataSource(dataSource)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
        configuration.setBeans(beans);
        // Two engines in one database: each looks for its tables in its own schema only (by default
        // it looks in every schema, finds the other side's and would not create its own); Operaton
        // then wants the schema as table prefix too.
        String schema = currentSchema(dataSource);
        configuration.setDatabaseSchema(schema);
        configuration.setDatabaseTablePrefix(schema + ".");
        ProcessEngine engine = configuration.buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("cycle-bench");
        for (String resource : CYCLE_BPMN) {
            deployment.addClasspathResource(resource);
        }
        deployment.deploy();
        return engine;
    }

    private static String currentSchema(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getSchema();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }

    /** The one timer of that process instance falls due: run as the job executor would. */
    public static void fireTimer(ProcessEngine engine, String processInstanceId) {
        List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
                .timers().list();
        if (timers.size() != 1) {
            throw new IllegalStateException("process " + processInstanceId + " should wait on one timer: " + timers);
        }
        engine.getManagementService().executeJob(timers.getFirst().getId());
    }
}
