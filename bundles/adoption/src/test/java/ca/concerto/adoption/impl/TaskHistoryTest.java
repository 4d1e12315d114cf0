package ca.concerto.adoption.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.workflow.api.TaskAction;
import ca.concerto.workflow.api.TaskEvent;
import ca.concerto.workflow.api.TaskNotFoundException;

import org.junit.jupiter.api.Test;

/** Who did what to a task, and when, from the engine's history. */
class TaskHistoryTest extends TaskInboxEngine {

    @Test
    void claimDelegateCompleteIsToldInOrderWithWhoDidIt() {
        Instant before = Instant.now().minusSeconds(1);
        String taskId = boardTask();
        inbox.claim(ca1, taskId);
        inbox.delegate(ca1, taskId, "ca2");
        inbox.complete(ca2, taskId, Map.of("outcome", "ADOPT"));
        assertFalse(isOpen(taskId));

        List<TaskEvent> events = inbox.history(ca1, taskId);
        assertEquals(List.of(TaskAction.CREATED, TaskAction.CLAIMED, TaskAction.DELEGATED, TaskAction.COMPLETED),
                actions(events));
        assertEquals(Arrays.asList(null, "ca1", "ca1", "ca2"), events.stream().map(TaskEvent::username).toList());
        assertEquals("Décision du conseil d'administration", events.get(0).details());
        assertNull(events.get(1).details());
        assertEquals("ca2", events.get(2).details());
        for (int i = 0; i < events.size(); i++) {
            assertFalse(events.get(i).time().isBefore(before));
            assertTrue(i == 0 || !events.get(i).time().isBefore(events.get(i - 1).time()), "oldest first");
        }
        assertEquals(events, inbox.history(ca2, taskId), "the finished task's history stays readable");
        assertEquals(events, inbox.history(facilitator, taskId));
    }

    @Test
    void unclaimAndReassignmentAreTold() {
        String taskId = boardTask();
        inbox.claim(ca1, taskId);
        inbox.unclaim(facilitator, taskId);
        inbox.delegate(facilitator, taskId, "ca2");
        inbox.decide(ca2, taskId, DecisionOutcome.ADOPT, null);

        List<TaskEvent> events = inbox.history(ca2, taskId);
        assertEquals(List.of(TaskAction.CREATED, TaskAction.CLAIMED, TaskAction.UNCLAIMED, TaskAction.DELEGATED,
                TaskAction.COMPLETED), actions(events));
        assertEquals(new TaskEvent(events.get(2).time(), "animateur", TaskAction.UNCLAIMED, "ca1"), events.get(2));
        assertEquals(new TaskEvent(events.get(3).time(), "animateur", TaskAction.DELEGATED, "ca2"), events.get(3));
        assertEquals("ca2", events.get(4).username());
    }

    @Test
    void completingAnUnheldTaskClaimsItFirst() {
        String taskId = boardTask();
        inbox.complete(ca1, taskId, Map.of("outcome", "REJECT"));
        List<TaskEvent> events = inbox.history(ca2, taskId);
        assertEquals(List.of(TaskAction.CREATED, TaskAction.CLAIMED, TaskAction.COMPLETED), actions(events));
        assertEquals("ca1", events.get(2).username());
    }

    @Test
    void theFacilitatorsRevisionIsTold() {
        long planId = submittedPlan();
        inbox.decide(ca1, single(inbox.tasksFor(ca1)).id(), DecisionOutcome.REQUEST_CHANGES, "Préciser");
        String revision = single(inbox.tasksFor(facilitator)).id();
        workflow.submitForAdoption(facilitator, planId);

        List<TaskEvent> events = inbox.history(facilitator, revision);
        assertEquals(List.of(TaskAction.CREATED, TaskAction.CLAIMED, TaskAction.COMPLETED), actions(events));
        assertEquals("animateur", events.get(2).username());
        assertThrows(TaskNotFoundException.class, () -> inbox.history(ca2, revision),
                "a board member who took no part in the facilitator's task does not see it");
    }

    @Test
    void anOpenTasksHistoryStartsWithItsCreation() {
        String taskId = boardTask();
        TaskEvent created = single(inbox.history(ca2, taskId));
        assertEquals(TaskAction.CREATED, created.action());
        assertNull(created.username());
        assertEquals(created, single(inbox.history(admin, taskId)));
    }

    @Test
    void historyIsRefusedOutsideTheRegroupementAndForUnknownTasks() {
        String taskId = boardTask();
        inbox.decide(ca1, taskId, DecisionOutcome.ADOPT, null);
        assertThrows(TaskNotFoundException.class, () -> inbox.history(otherBoard, taskId));
        assertThrows(TaskNotFoundException.class, () -> inbox.history(otherFacilitator, taskId));
        assertThrows(TaskNotFoundException.class, () -> inbox.history(ca1, "no-such-task"));
        assertThrows(TaskNotFoundException.class, () -> inbox.history(ca1, null));
    }

    private static List<TaskAction> actions(List<TaskEvent> events) {
        return events.stream().map(TaskEvent::action).toList();
    }
}
