package ca.concerto.adoption.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngine;

import ca.concerto.health.api.HealthReport;

class EngineHealthCheckTest {

    private static final String HOURLY = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:operaton="http://operaton.org/schema/1.0/bpmn"
                         targetNamespace="test">
              <process id="hourly" isExecutable="true" operaton:historyTimeToLive="P30D">
                <startEvent id="start"><timerEventDefinition><timeCycle>R/PT1H</timeCycle></timerEventDefinition></startEvent>
                <endEvent id="end"/>
                <sequenceFlow id="f" sourceRef="start" targetRef="end"/>
              </process>
            </definitions>
            """;

    @Test
    void theEngineIsHealthyWithTheCycleDeployedAndNoJobOutOfRetries() {
        ProcessEngine engine = TestEngines.start(new InMemoryPlanService(), "workflows/plan-cycle.bpmn",
                "workflows/cycle-adoption.bpmn");
        try {
            HealthReport report = new EngineHealthCheck(engine).check();
            assertTrue(report.healthy(), String.valueOf(report.problem()));
            assertEquals("2", report.facts().get("processDefinitions"));
            assertEquals("0", report.facts().get("runningCycles"));
            assertEquals("false", report.facts().get("jobExecutor"), "the tests' engines run no job executor");
            assertEquals("0", report.facts().get("failedJobs"));

            // a timer that failed every retry: someone's deadline did not happen
            engine.getRepositoryService().createDeployment().addString("hourly.bpmn", HOURLY).deploy();
            String job = engine.getManagementService().createJobQuery().singleResult().getId();
            engine.getManagementService().setJobRetries(job, 0);
            HealthReport failing = new EngineHealthCheck(engine).check();
            assertFalse(failing.healthy());
            assertEquals("1", failing.facts().get("failedJobs"));
            assertEquals("1 job(s) failed every retry", failing.problem());
        } finally {
            engine.close();
        }
    }

    @Test
    void anEngineWithoutTheCycleIsNotHealthy() {
        ProcessEngine engine = TestEngines.start(new InMemoryPlanService(), "workflows/plan-adoption.bpmn");
        try {
            HealthReport report = new EngineHealthCheck(engine).check();
            assertFalse(report.healthy());
            assertEquals("the process concertoPlanCycle is not deployed", report.problem());
        } finally {
            engine.close();
        }
    }
}
