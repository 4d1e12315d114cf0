package ca.concerto.adoption.impl;

import java.util.LinkedHashMap;
import java.util.Map;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.jobexecutor.JobExecutor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ca.concerto.health.api.HealthCheck;
import ca.concerto.health.api.HealthReport;
import ca.concerto.workflow.api.PlanCycleWorkflow;

/**
 * The workflow engine as the cycle needs it: it answers a query, the cycle's process is deployed,
 * and the job executor that fires deadlines and reminders runs. Jobs out of retries (a timer or a
 * step that failed every attempt) are counted: they make the engine unhealthy, since someone's
 * deadline or reminder did not happen.
 */
@Component(service = HealthCheck.class)
public class EngineHealthCheck implements HealthCheck {

    static final String ID = "engine";
    static final String CYCLE_PROCESS = PlanCycleWorkflow.PROCESS_KEY;

    private final ProcessEngine engine;

    @Activate
    public EngineHealthCheck(@Reference ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public HealthReport check() {
        Map<String, String> facts = new LinkedHashMap<>();
        try {
            facts.put("engine", engine.getName());
            long definitions = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
            facts.put("processDefinitions", String.valueOf(definitions));
            long cycles = engine.getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionKey(CYCLE_PROCESS).active().count();
            facts.put("runningCycles", String.valueOf(cycles));
            JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .getJobExecutor();
            boolean executing = executor != null && executor.isActive();
            facts.put("jobExecutor", String.valueOf(executing));
            long failed = engine.getManagementService().createJobQuery().noRetriesLeft().count();
            facts.put("failedJobs", String.valueOf(failed));
            if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(CYCLE_PROCESS)
                    .count() == 0) {
                return HealthReport.failing("the process " + CYCLE_PROCESS + " is not deployed", facts);
            }
            if (failed > 0) {
                return HealthReport.failing(failed + " job(s) failed every retry", facts);
            }
            return HealthReport.healthy(facts);
        } catch (RuntimeException e) {
            return HealthReport.failing(e.getClass().getSimpleName() + ": " + e.getMessage(), facts);
        }
    }
}
