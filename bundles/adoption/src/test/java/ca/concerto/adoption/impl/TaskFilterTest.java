package ca.concerto.adoption.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ca.concerto.workflow.api.SavedTaskFilter;
import ca.concerto.workflow.api.TaskFilterCriteria;
import ca.concerto.workflow.api.TaskFilterCriteria.Assignment;
import ca.concerto.workflow.api.TaskFilterNotFoundException;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.WorkflowTask;

import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.filter.Filter;

/** Filters of the inbox, applied directly and saved per user in the engine's filter table. */
class TaskFilterTest extends TaskInboxEngine {

    @Test
    void criteriaNarrowTheInboxWithoutWideningIt() {
        long plan1 = submittedPlan();
        long plan2 = submittedPlan();
        List<WorkflowTask> all = inbox.tasksFor(ca1);
        assertEquals(2, all.size());
        String task1 = all.stream().filter(t -> t.planId() == plan1).findFirst().orElseThrow().id();
        inbox.claim(ca1, task1);

        assertEquals(List.of(task1), ids(inbox.tasksFor(ca1, TaskFilterCriteria.ALL.withPlanId(plan1))));
        assertEquals(List.of(task1), ids(inbox.tasksFor(ca1, TaskFilterCriteria.ALL.withAssignment(Assignment.ASSIGNED_TO_ME))));
        assertEquals(1, inbox.tasksFor(ca1, TaskFilterCriteria.ALL.withAssignment(Assignment.UNASSIGNED)).size());
        assertEquals(plan2, single(inbox.tasksFor(ca1, TaskFilterCriteria.ALL.withAssignment(Assignment.UNASSIGNED))).planId());
        assertEquals(2, inbox.tasksFor(ca1, TaskFilterCriteria.ALL.withKind(TaskKind.BOARD_DECISION)).size());
        assertEquals(List.of(), inbox.tasksFor(ca1, TaskFilterCriteria.ALL.withKind(TaskKind.REVISE_PLAN)));
        assertEquals(List.of(), inbox.tasksFor(ca1, TaskFilterCriteria.ALL.withCreatedAfter(Instant.now().plusSeconds(60))));
        assertEquals(2, inbox.tasksFor(ca1, TaskFilterCriteria.ALL.withCreatedAfter(Instant.now().minusSeconds(60))
                .withCreatedBefore(Instant.now().plusSeconds(60))).size());
        assertEquals(2, inbox.tasksFor(ca1, (TaskFilterCriteria) null).size());

        assertEquals(List.of(), inbox.tasksFor(ca2, TaskFilterCriteria.ALL.withPlanId(plan1)), "held by ca1");
        assertEquals(List.of(), inbox.tasksFor(facilitator, TaskFilterCriteria.ALL.withKind(TaskKind.BOARD_DECISION)),
                "a filter never shows tasks outside the user's inbox");
        assertEquals(List.of(), inbox.tasksFor(otherBoard, TaskFilterCriteria.ALL.withPlanId(plan2)));
    }

    @Test
    void oneTaskIsFoundByItsIdOnlyWhereTheInboxWouldListIt() {
        long plan1 = submittedPlan();
        submittedPlan();
        WorkflowTask listed = inbox.tasksFor(ca1).stream().filter(t -> t.planId() == plan1).findFirst().orElseThrow();

        assertEquals(Optional.of(listed), inbox.task(ca1, listed.id()));
        assertEquals(Optional.of(listed), inbox.task(ca2, listed.id()), "offered to the whole board");
        assertEquals(Optional.empty(), inbox.task(facilitator, listed.id()), "not offered to the facilitator");
        assertEquals(Optional.empty(), inbox.task(otherBoard, listed.id()), "another regroupement's board");
        assertEquals(Optional.empty(), inbox.task(ca1, "no-such-task"));
        assertEquals(Optional.empty(), inbox.task(ca1, null));

        inbox.claim(ca1, listed.id());
        assertEquals(listed.id(), inbox.task(ca1, listed.id()).orElseThrow().id());
        assertEquals("ca1", inbox.task(ca1, listed.id()).orElseThrow().assignee());
        assertEquals(Optional.empty(), inbox.task(ca2, listed.id()), "held by ca1, as in ca2's list");
        assertEquals(inbox.tasksFor(ca2).stream().map(WorkflowTask::id).filter(listed.id()::equals).toList(), List.of());
    }

    @Test
    void savedFiltersAreListedAppliedReplacedAndDeleted() {
        long plan1 = submittedPlan();
        submittedPlan();
        TaskFilterCriteria mine = TaskFilterCriteria.ALL.withAssignment(Assignment.ASSIGNED_TO_ME)
                .withKind(TaskKind.BOARD_DECISION).withCreatedAfter(Instant.parse("2024-01-01T00:00:00Z"));
        SavedTaskFilter saved = inbox.saveFilter(ca1, "  Mes décisions ", mine);
        assertEquals("Mes décisions", saved.name());
        inbox.saveFilter(ca1, "Plan 1", TaskFilterCriteria.ALL.withPlanId(plan1));

        assertEquals(List.of(new SavedTaskFilter("Mes décisions", mine),
                new SavedTaskFilter("Plan 1", TaskFilterCriteria.ALL.withPlanId(plan1))), inbox.filters(ca1));
        assertEquals(List.of(), inbox.tasksFor(ca1, "Mes décisions"));
        assertEquals(plan1, single(inbox.tasksFor(ca1, "Plan 1")).planId());
        inbox.claim(ca1, single(inbox.tasksFor(ca1, "Plan 1")).id());
        assertEquals(plan1, single(inbox.tasksFor(ca1, "Mes décisions")).planId());

        inbox.saveFilter(ca1, "Plan 1", TaskFilterCriteria.ALL.withAssignment(Assignment.UNASSIGNED));
        assertEquals(2, inbox.filters(ca1).size(), "saving under the same name replaces");
        assertTrue(single(inbox.tasksFor(ca1, "Plan 1")).planId() != plan1);

        assertTrue(inbox.deleteFilter(ca1, "Plan 1"));
        assertFalse(inbox.deleteFilter(ca1, "Plan 1"));
        assertEquals(List.of("Mes décisions"), inbox.filters(ca1).stream().map(SavedTaskFilter::name).toList());
        assertThrows(TaskFilterNotFoundException.class, () -> inbox.tasksFor(ca1, "Plan 1"));
    }

    @Test
    void filtersAreStoredByTheEngineOwnedByTheUser() {
        inbox.saveFilter(ca1, "Tout", TaskFilterCriteria.ALL);
        Filter filter = engine.getFilterService().createTaskFilterQuery().filterName("Tout").singleResult();
        assertEquals("ca1", filter.getOwner());
        assertEquals(TROC, filter.getProperties().get("concerto.regroupementId"));
        assertEquals(1, engine.getFilterService().createFilterQuery().count());
    }

    @Test
    void filtersBelongToTheirUserOnly() {
        inbox.saveFilter(ca1, "Non assignées", TaskFilterCriteria.ALL.withAssignment(Assignment.UNASSIGNED));
        inbox.saveFilter(ca2, "Non assignées", TaskFilterCriteria.ALL);

        assertEquals(TaskFilterCriteria.ALL, single(inbox.filters(ca2)).criteria());
        assertEquals(Assignment.UNASSIGNED, single(inbox.filters(ca1)).criteria().assignment());
        assertEquals(List.of(), inbox.filters(facilitator));
        assertEquals(List.of(), inbox.filters(otherBoard));
        assertThrows(TaskFilterNotFoundException.class, () -> inbox.tasksFor(facilitator, "Non assignées"));
        assertFalse(inbox.deleteFilter(facilitator, "Non assignées"));
        assertTrue(inbox.deleteFilter(ca2, "Non assignées"));
        assertEquals(1, inbox.filters(ca1).size(), "deleting ca2's filter leaves ca1's");
    }

    @Test
    void aFilterOfTheSameUsernameInAnotherRegroupementIsNotSeen() {
        inbox.saveFilter(user("ca1", ROP, "fr", ca.concerto.identity.api.Role.BOARD_MEMBER), "Ailleurs",
                TaskFilterCriteria.ALL);
        assertEquals(List.of(), inbox.filters(ca1));
        assertThrows(TaskFilterNotFoundException.class, () -> inbox.tasksFor(ca1, "Ailleurs"));
    }

    @Test
    void aFilterNeedsAReasonableName() {
        assertThrows(IllegalArgumentException.class, () -> inbox.saveFilter(ca1, " ", TaskFilterCriteria.ALL));
        assertThrows(IllegalArgumentException.class, () -> inbox.saveFilter(ca1, null, TaskFilterCriteria.ALL));
        assertThrows(IllegalArgumentException.class, () -> inbox.saveFilter(ca1, "x".repeat(201), TaskFilterCriteria.ALL));
        assertEquals(TaskFilterCriteria.ALL, inbox.saveFilter(ca1, "Tout", null).criteria());
        assertThrows(TaskFilterNotFoundException.class, () -> inbox.tasksFor(ca1, (String) null));
    }

    private static List<String> ids(List<WorkflowTask> tasks) {
        return tasks.stream().map(WorkflowTask::id).toList();
    }
}
