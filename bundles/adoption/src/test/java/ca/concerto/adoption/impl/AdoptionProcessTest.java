package ca.concerto.adoption.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.InvalidPlanStateException;
import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanNotFoundException;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.workflow.api.AdoptionVariant;
import ca.concerto.workflow.api.FormValidationException;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.TaskNotFoundException;
import ca.concerto.workflow.api.WorkflowTask;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.runtime.Job;

/**
 * Every path of plan-adoption.bpmn on a real engine (in-memory H2), with the bundle's own
 * delegates and services wired by hand the way DS wires them.
 */
class AdoptionProcessTest {

    private static final String TROC = "troc-monteregie";
    private static final UserAccount FACILITATOR = user("animateur", TROC, Role.FACILITATOR);
    private static final UserAccount CA1 = user("ca1", TROC, Role.BOARD_MEMBER);
    private static final UserAccount CA2 = user("ca2", TROC, Role.BOARD_MEMBER);
    private static final UserAccount OTHER_BOARD = user("ca-rop", "rop-mauricie", Role.BOARD_MEMBER);

    private ProcessEngine engine;
    private InMemoryPlanService plans;
    private AdoptionWorkflowImpl workflow;
    private TaskInboxImpl inbox;

    @BeforeEach
    void startEngine() {
        plans = new InMemoryPlanService();
        engine = TestEngines.start(plans, "workflows/plan-adoption.bpmn", "workflows/test-aga-adoption.bpmn");
        workflow = new AdoptionWorkflowImpl(engine, plans, Duration.ofDays(14));
        inbox = new TaskInboxImpl(engine, new InMemoryIdentityService(), null); // no cycle tasks here
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Test
    void adoptedAtOnce() {
        long planId = draftPlan();
        workflow.submitForAdoption(FACILITATOR, planId);
        assertEquals(PlanStatus.SUBMITTED, status(planId));

        WorkflowTask task = single(inbox.tasksFor(CA1));
        assertEquals(TaskKind.BOARD_DECISION, task.kind());
        assertEquals(planId, task.planId());
        assertEquals("Plan d'action 2024-2025", task.planTitle());
        assertEquals(List.of(), inbox.tasksFor(FACILITATOR), "the facilitator holds no board task");

        inbox.decide(CA1, task.id(), DecisionOutcome.ADOPT, "Résolution CA-2024-03");

        assertEquals(PlanStatus.ADOPTED, status(planId));
        AdoptionDecision decision = single(plans.decisions(TROC, planId));
        assertEquals(DecisionOutcome.ADOPT, decision.outcome());
        assertEquals("ca1", decision.decidedBy());
        assertEquals("CA", decision.body());
        assertEquals("Résolution CA-2024-03", decision.comment());
        assertEquals(List.of(), inbox.tasksFor(CA2), "the decided task is gone from every inbox");
        assertEquals(0, engine.getRuntimeService().createProcessInstanceQuery().count(), "the process has ended");
        assertEquals(1, engine.getHistoryService().createHistoricTaskInstanceQuery().taskAssignee("ca1").finished().count(),
                "history keeps who completed the board task");
    }

    @Test
    void changesRequestedThenAdopted() {
        long planId = draftPlan();
        workflow.submitForAdoption(FACILITATOR, planId);
        inbox.decide(CA2, single(inbox.tasksFor(CA2)).id(), DecisionOutcome.REQUEST_CHANGES, "Préciser les échéanciers");

        assertEquals(PlanStatus.CHANGES_REQUESTED, status(planId));
        assertEquals(List.of(), inbox.tasksFor(CA1));
        WorkflowTask revision = single(inbox.tasksFor(FACILITATOR));
        assertEquals(TaskKind.REVISE_PLAN, revision.kind());

        workflow.submitForAdoption(FACILITATOR, planId);
        assertEquals(PlanStatus.SUBMITTED, status(planId));
        assertEquals(List.of(), inbox.tasksFor(FACILITATOR));
        inbox.decide(CA1, single(inbox.tasksFor(CA1)).id(), DecisionOutcome.ADOPT, null);

        assertEquals(PlanStatus.ADOPTED, status(planId));
        List<AdoptionDecision> decisions = plans.decisions(TROC, planId);
        assertEquals(List.of(DecisionOutcome.REQUEST_CHANGES, DecisionOutcome.ADOPT),
                decisions.stream().map(AdoptionDecision::outcome).toList());
        assertNull(decisions.get(1).comment(), "a blank comment is stored as none");
    }

    @Test
    void rejected() {
        long planId = draftPlan();
        workflow.submitForAdoption(FACILITATOR, planId);
        inbox.decide(CA1, single(inbox.tasksFor(CA1)).id(), DecisionOutcome.REJECT, "Hors mandat");

        assertEquals(PlanStatus.REJECTED, status(planId));
        assertEquals(0, engine.getRuntimeService().createProcessInstanceQuery().count());
        assertThrows(InvalidPlanStateException.class, () -> workflow.submitForAdoption(FACILITATOR, planId),
                "a rejected plan cannot be resubmitted as is");
    }

    @Test
    void tasksStayInTheirRegroupement() {
        long planId = draftPlan();
        workflow.submitForAdoption(FACILITATOR, planId);
        String taskId = single(inbox.tasksFor(CA1)).id();

        assertEquals(List.of(), inbox.tasksFor(OTHER_BOARD));
        assertThrows(TaskNotFoundException.class,
                () -> inbox.decide(OTHER_BOARD, taskId, DecisionOutcome.ADOPT, null));
        assertThrows(PlanNotFoundException.class,
                () -> workflow.submitForAdoption(user("anim-rop", "rop-mauricie", Role.FACILITATOR), planId));
        assertEquals(PlanStatus.SUBMITTED, status(planId));
    }

    @Test
    void onlyTheRightRolesActAndATaskIsDecidedOnce() {
        long planId = draftPlan();
        assertThrows(SecurityException.class, () -> workflow.submitForAdoption(CA1, planId));
        workflow.submitForAdoption(FACILITATOR, planId);
        assertThrows(InvalidPlanStateException.class, () -> workflow.submitForAdoption(FACILITATOR, planId),
                "a submitted plan cannot be submitted twice");
        String taskId = single(inbox.tasksFor(CA1)).id();
        assertThrows(SecurityException.class, () -> inbox.decide(FACILITATOR, taskId, DecisionOutcome.ADOPT, null));

        inbox.decide(CA1, taskId, DecisionOutcome.ADOPT, null);
        assertThrows(TaskNotFoundException.class, () -> inbox.decide(CA2, taskId, DecisionOutcome.REJECT, null));
        assertEquals(1, plans.decisions(TROC, planId).size());
    }

    @Test
    void aLateDecisionRemindsTheFacilitatorAndTheReminderEndsWithTheDecision() {
        long planId = draftPlan();
        Instant submitted = Instant.now();
        workflow.submitForAdoption(FACILITATOR, planId);
        Job deadline = engine.getManagementService().createJobQuery().timers().singleResult();
        assertNotNull(deadline, "the board's decision has a deadline");
        Duration dueIn = Duration.between(submitted, deadline.getDuedate().toInstant());
        assertTrue(dueIn.compareTo(Duration.ofDays(14).minusMinutes(1)) > 0 && dueIn.compareTo(Duration.ofDays(14).plusMinutes(1)) < 0,
                "due in 14 days: " + dueIn);
        assertEquals(List.of(), inbox.tasksFor(FACILITATOR), "no reminder before the deadline");

        engine.getManagementService().executeJob(deadline.getId()); // the deadline passes

        WorkflowTask reminder = single(inbox.tasksFor(FACILITATOR));
        assertEquals(TaskKind.BOARD_REMINDER, reminder.kind());
        assertEquals(planId, reminder.planId());
        assertEquals(0, engine.getManagementService().createJobQuery().timers().count(), "the reminder fires once");
        assertEquals(1, inbox.tasksFor(CA1).size(), "the board's task is still open");

        inbox.decide(CA1, single(inbox.tasksFor(CA1)).id(), DecisionOutcome.ADOPT, null);
        assertEquals(PlanStatus.ADOPTED, status(planId));
        assertEquals(List.of(), inbox.tasksFor(FACILITATOR), "the reminder goes once the board has decided");
        assertEquals(0, engine.getRuntimeService().createProcessInstanceQuery().count());
    }

    @Test
    void theBoardFormOfTheRealProcessIsValidatedOnTheServer() {
        long planId = draftPlan();
        workflow.submitForAdoption(FACILITATOR, planId);
        String taskId = single(inbox.tasksFor(CA1)).id();

        FormValidationException refused = assertThrows(FormValidationException.class,
                () -> inbox.complete(CA1, taskId, Map.of("outcome", "PEUT-ETRE")));
        assertTrue(refused.errors().containsKey("outcome"), refused.errors().toString());
        assertThrows(FormValidationException.class, () -> inbox.complete(CA1, taskId, Map.of()));
        assertEquals(PlanStatus.SUBMITTED, status(planId), "nothing happened on a refused form");

        inbox.complete(CA1, taskId, Map.of("outcome", "ADOPT", "comment", "Résolution 2026-04"));
        assertEquals(PlanStatus.ADOPTED, status(planId));
        assertEquals("ca1", single(plans.decisions(TROC, planId)).decidedBy());
    }

    @Test
    void aDecisionInTimeLeavesNoReminder() {
        long planId = draftPlan();
        workflow.submitForAdoption(FACILITATOR, planId);
        inbox.decide(CA2, single(inbox.tasksFor(CA2)).id(), DecisionOutcome.REJECT, null);
        assertEquals(0, engine.getManagementService().createJobQuery().count(), "the deadline is cancelled");
        assertEquals(List.of(), inbox.tasksFor(FACILITATOR));
    }

    @Test
    void theReminderDelayIsConfigurable() {
        assertEquals(Duration.ofDays(14), AdoptionWorkflowImpl.reminderDelay(null));
        assertEquals(Duration.ofDays(14), AdoptionWorkflowImpl.reminderDelay(" "));
        assertEquals(Duration.ofDays(7), AdoptionWorkflowImpl.reminderDelay("P7D"));
        assertEquals(Duration.ofSeconds(5), AdoptionWorkflowImpl.reminderDelay("PT5S"));
        assertThrows(IllegalArgumentException.class, () -> AdoptionWorkflowImpl.reminderDelay("deux semaines"));
        assertThrows(IllegalArgumentException.class, () -> AdoptionWorkflowImpl.reminderDelay("PT0S"));
    }

    @Test
    void aRegionalVariantRunsTheAdoptionOfItsRegroupementOnly() {
        AdoptionVariant aga = variant(TROC, "testAgaAdoption", "AGA",
                Map.of("quorum", 12, ProcessVariables.ADOPTING_BODY, "not allowed to replace the core's"));
        workflow.addVariant(aga, Map.of("service.id", 7L));

        long planId = draftPlan();
        String instance = workflow.submitForAdoption(FACILITATOR, planId);
        assertEquals("testAgaAdoption", definitionKeyOf(instance));
        assertEquals(12, engine.getRuntimeService().getVariable(instance, "quorum"));
        inbox.decide(CA1, single(inbox.tasksFor(CA1)).id(), DecisionOutcome.ADOPT, null);
        assertEquals("AGA", single(plans.decisions(TROC, planId)).body(), "the variant's adopting body is recorded");

        long otherPlan = plans.createPlan("rop-mauricie", new PlanDraft("Plan ROP", "2026-2027", null, List.of()), "anim-rop").id();
        String other = workflow.submitForAdoption(user("anim-rop", "rop-mauricie", Role.FACILITATOR), otherPlan);
        assertEquals(AdoptionWorkflowImpl.PROCESS_KEY, definitionKeyOf(other), "other regroupements keep the default");

        workflow.removeVariant(aga, Map.of("service.id", 7L));
        String afterRemoval = workflow.submitForAdoption(FACILITATOR, draftPlan());
        assertEquals(AdoptionWorkflowImpl.PROCESS_KEY, definitionKeyOf(afterRemoval), "the module is gone: default again");
    }

    @Test
    void theHighestRankedApplicableVariantWins() {
        workflow.addVariant(variant(TROC, AdoptionWorkflowImpl.PROCESS_KEY, "CC", Map.of()), Map.of("service.id", 1L));
        workflow.addVariant(variant(TROC, "testAgaAdoption", "AGA", Map.of()),
                Map.of("service.id", 2L, "service.ranking", 10));
        workflow.addVariant(variant("rop-mauricie", "testAgaAdoption", "AGA", Map.of()),
                Map.of("service.id", 3L, "service.ranking", 100));
        assertEquals("testAgaAdoption", definitionKeyOf(workflow.submitForAdoption(FACILITATOR, draftPlan())));
    }

    private static AdoptionVariant variant(String regroupementId, String processKey, String body,
                                           Map<String, Object> extra) {
        return new AdoptionVariant() {
            @Override
            public boolean appliesTo(String candidate) {
                return candidate.equals(regroupementId);
            }

            @Override
            public String processKey() {
                return processKey;
            }

            @Override
            public String adoptingBody() {
                return body;
            }

            @Override
            public Map<String, Object> startVariables(ca.concerto.plan.api.Plan plan) {
                return extra;
            }
        };
    }

    private String definitionKeyOf(String processInstanceId) {
        String definitionId = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult().getProcessDefinitionId();
        return engine.getRepositoryService().getProcessDefinition(definitionId).getKey();
    }

    private long draftPlan() {
        return plans.createPlan(TROC, new PlanDraft("Plan d'action 2024-2025", "2024-2025", "Mission", List.of()),
                "animateur").id();
    }

    private PlanStatus status(long planId) {
        return plans.findPlan(TROC, planId).orElseThrow().status();
    }

    private static <T> T single(List<T> items) {
        assertEquals(1, items.size(), () -> "expected exactly one, got " + items);
        return items.get(0);
    }

    private static UserAccount user(String username, String regroupementId, Role... roles) {
        assertTrue(roles.length > 0);
        return new UserAccount(username, username, regroupementId, Set.of(roles), "fr");
    }
}
