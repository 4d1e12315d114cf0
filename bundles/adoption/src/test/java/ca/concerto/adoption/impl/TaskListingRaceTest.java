package ca.concerto.adoption.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import ca.concerto.workflow.api.WorkflowTask;

import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.task.Task;

/**
 * An inbox read while another user's command ends one of its tasks: seen under load, when board
 * members decided while their colleagues' pages listed the board's tasks, the listing failed and the
 * page with it.
 */
class TaskListingRaceTest extends TaskInboxEngine {

    @Test
    void aTaskEndedByAnotherCommandAfterItWasListedIsLeftOut() throws Exception {
        long ended = submittedPlan();
        long kept = submittedPlan();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        List<WorkflowTask> listed = configuration.getCommandExecutorTxRequired().execute(context -> {
            List<Task> open = engine.getTaskService().createTaskQuery().orderByTaskCreateTime().asc().list();
            assertEquals(2, open.size());
            // another command, on its own connection, ends the first plan's process and commits
            Thread other = Thread.ofPlatform().start(() -> engine.getRuntimeService()
                    .deleteProcessInstance(open.getFirst().getProcessInstanceId(), "ended by another command"));
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return inbox.workflowTasks(open, ca1);
        });
        assertEquals(List.of(kept), listed.stream().map(WorkflowTask::planId).toList(),
                "plan " + ended + "'s task was ended while listed");
    }
}
