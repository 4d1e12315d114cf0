package ca.concerto.adoption.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.workflow.api.TaskAlreadyClaimedException;
import ca.concerto.workflow.api.TaskDelegationException;
import ca.concerto.workflow.api.TaskNotFoundException;
import ca.concerto.workflow.api.WorkflowTask;

import org.junit.jupiter.api.Test;

/** Claim, unclaim and delegate: who may, and what each inbox shows after. */
class TaskClaimDelegateTest extends TaskInboxEngine {

    @Test
    void claimTakesTheTaskOutOfTheOtherBoardMembersInbox() {
        String taskId = boardTask();
        inbox.claim(ca1, taskId);

        assertEquals("ca1", holder(taskId));
        assertEquals("ca1", single(inbox.tasksFor(ca1)).assignee());
        assertEquals(List.of(), inbox.tasksFor(ca2), "a claimed task leaves the group's inbox");
        inbox.claim(ca1, taskId);
        assertEquals("ca1", holder(taskId), "claiming one's own task again changes nothing");
    }

    @Test
    void aTaskHeldBySomeoneElseCannotBeClaimed() {
        String taskId = boardTask();
        inbox.claim(ca1, taskId);
        TaskAlreadyClaimedException e = assertThrows(TaskAlreadyClaimedException.class, () -> inbox.claim(ca2, taskId));
        assertEquals("ca1", e.holder());
        assertEquals("ca1", holder(taskId));
    }

    @Test
    void onlyARoleTheTaskIsOfferedToMayClaimIt() {
        String taskId = boardTask();
        assertThrows(SecurityException.class, () -> inbox.claim(facilitator, taskId));
        assertThrows(SecurityException.class, () -> inbox.claim(admin, taskId));
        assertNull(holder(taskId));
    }

    @Test
    void unclaimByTheHolderGivesTheTaskBackToTheGroup() {
        String taskId = boardTask();
        inbox.claim(ca1, taskId);
        inbox.unclaim(ca1, taskId);

        assertNull(holder(taskId));
        assertEquals(taskId, single(inbox.tasksFor(ca2)).id());
        inbox.unclaim(ca1, taskId);
        assertNull(holder(taskId), "unclaiming a task nobody holds changes nothing");
    }

    @Test
    void onlyTheHolderOrAFacilitatorOrAdministratorMayUnclaim() {
        String taskId = boardTask();
        inbox.claim(ca1, taskId);
        assertThrows(SecurityException.class, () -> inbox.unclaim(ca2, taskId));
        assertEquals("ca1", holder(taskId));

        inbox.unclaim(facilitator, taskId);
        assertNull(holder(taskId));
        inbox.claim(ca2, taskId);
        inbox.unclaim(admin, taskId);
        assertNull(holder(taskId));
    }

    @Test
    void theHolderDelegatesToAnotherBoardMemberWhoDecides() {
        long planId = submittedPlan();
        String taskId = single(inbox.tasksFor(ca1)).id();
        inbox.claim(ca1, taskId);
        inbox.delegate(ca1, taskId, "ca2");

        assertEquals("ca2", holder(taskId));
        assertEquals("ca1", engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getOwner());
        assertEquals(List.of(), inbox.tasksFor(ca1));
        WorkflowTask delegated = single(inbox.tasksFor(ca2));
        assertEquals("ca2", delegated.assignee());

        inbox.complete(ca2, taskId, Map.of("outcome", "ADOPT", "comment", "Résolution CA-2024-07"));
        assertEquals(PlanStatus.ADOPTED, status(planId));
        AdoptionDecision decision = single(plans.decisions(TROC, planId));
        assertEquals("ca2", decision.decidedBy());
        assertEquals("Résolution CA-2024-07", decision.comment());
    }

    @Test
    void aDelegatedBoardTaskCanStillBeDecidedByTheDelegate() {
        long planId = submittedPlan();
        String taskId = single(inbox.tasksFor(ca1)).id();
        inbox.claim(ca1, taskId);
        inbox.delegate(ca1, taskId, "ca2");
        assertThrows(TaskNotFoundException.class, () -> inbox.decide(ca1, taskId, DecisionOutcome.ADOPT, null),
                "the delegator no longer holds it");
        inbox.decide(ca2, taskId, DecisionOutcome.REJECT, "Hors mandat");
        assertEquals(PlanStatus.REJECTED, status(planId));
    }

    @Test
    void anUnheldTaskMayBeDelegatedByAMemberOfItsGroupOrByTheFacilitator() {
        String taskId = boardTask();
        inbox.delegate(ca1, taskId, "ca2");
        assertEquals("ca2", holder(taskId));
        inbox.delegate(facilitator, taskId, "ca1");
        assertEquals("ca1", holder(taskId), "a facilitator may redistribute a held task");
    }

    @Test
    void aHeldTaskIsDelegatedOnlyByItsHolderOrAFacilitatorOrAdministrator() {
        String taskId = boardTask();
        inbox.claim(ca1, taskId);
        assertThrows(SecurityException.class, () -> inbox.delegate(ca2, taskId, "ca-en"));
        inbox.delegate(admin, taskId, "ca-en");
        assertEquals("ca-en", holder(taskId));
    }

    @Test
    void delegationIsRefusedToUsersWhoMayNotDoTheTask() {
        String taskId = boardTask();
        inbox.claim(ca1, taskId);

        TaskDelegationException unknown = assertThrows(TaskDelegationException.class,
                () -> inbox.delegate(ca1, taskId, "personne"));
        assertTrue(unknown.getMessage().contains("personne"), unknown.getMessage());
        assertThrows(TaskDelegationException.class, () -> inbox.delegate(ca1, taskId, "ca-rop"),
                "a board member of another regroupement");
        TaskDelegationException noRole = assertThrows(TaskDelegationException.class,
                () -> inbox.delegate(ca1, taskId, "animateur"));
        assertTrue(noRole.getMessage().contains("no role"), noRole.getMessage());
        assertThrows(TaskDelegationException.class, () -> inbox.delegate(ca1, taskId, "ca1"), "already the holder");
        assertThrows(TaskDelegationException.class, () -> inbox.delegate(ca1, taskId, " "));
        assertEquals("ca1", holder(taskId));
    }

    @Test
    void tasksOfAnotherRegroupementAreNotFound() {
        String taskId = boardTask();
        assertThrows(TaskNotFoundException.class, () -> inbox.claim(otherBoard, taskId));
        assertThrows(TaskNotFoundException.class, () -> inbox.unclaim(otherFacilitator, taskId));
        assertThrows(TaskNotFoundException.class, () -> inbox.delegate(otherBoard, taskId, "ca-rop"));
        assertThrows(TaskNotFoundException.class, () -> inbox.delegate(otherFacilitator, taskId, "ca2"));
        assertThrows(TaskNotFoundException.class, () -> inbox.complete(otherBoard, taskId, Map.of("outcome", "ADOPT")));
        assertThrows(TaskNotFoundException.class, () -> inbox.history(otherFacilitator, taskId));
        assertNull(holder(taskId));
    }

    @Test
    void unknownAndFinishedTasksAreNotFound() {
        assertThrows(TaskNotFoundException.class, () -> inbox.claim(ca1, "no-such-task"));
        assertThrows(TaskNotFoundException.class, () -> inbox.unclaim(ca1, null));
        String taskId = boardTask();
        inbox.decide(ca1, taskId, DecisionOutcome.ADOPT, null);
        assertThrows(TaskNotFoundException.class, () -> inbox.claim(ca2, taskId));
        assertThrows(TaskNotFoundException.class, () -> inbox.delegate(ca1, taskId, "ca2"));
        assertThrows(TaskNotFoundException.class, () -> inbox.complete(ca1, taskId, Map.of("outcome", "ADOPT")));
    }
}
