package ca.concerto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.inject.Inject;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanDraft.ActionDraft;
import ca.concerto.plan.api.PlanDraft.ObjectiveDraft;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.workflow.api.AdoptionWorkflow;
import ca.concerto.workflow.api.SavedTaskFilter;
import ca.concerto.workflow.api.TaskAction;
import ca.concerto.workflow.api.TaskDelegationException;
import ca.concerto.workflow.api.TaskEvent;
import ca.concerto.workflow.api.TaskFilterCriteria;
import ca.concerto.workflow.api.TaskInbox;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.TaskNotFoundException;
import ca.concerto.workflow.api.WorkflowTask;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The adoption process end to end through the OSGi services of the real core bundles:
 * identity and plan store on EclipseLink, the Operaton engine bundle, the BPMN bundle and the
 * adoption services. Each test works in a regroupement of its own.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public abstract class AbstractAdoptionIT {

    private static final long SERVICE_TIMEOUT_MS = 120_000;

    @Inject
    BundleContext context;
    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    IdentityService identity;
    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    PlanService plans;
    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    AdoptionWorkflow workflow;
    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    TaskInbox inbox;

    private String regroupement;
    private UserAccount facilitator;
    private UserAccount ca1;
    private UserAccount ca2;

    @Before
    public void createRegroupement() {
        regroupement = "it-" + UUID.randomUUID().toString().substring(0, 8);
        facilitator = user("animateur-" + regroupement, Role.FACILITATOR);
        ca1 = user("ca1-" + regroupement, Role.BOARD_MEMBER);
        ca2 = user("ca2-" + regroupement, Role.BOARD_MEMBER);
    }

    @Test
    public void everyCoreBundleIsActive() {
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getHeaders().get("Fragment-Host") == null) {
                assertEquals(bundle.getSymbolicName() + " is not active", Bundle.ACTIVE, bundle.getState());
            }
        }
    }

    @Test
    public void signInChecksThePassword() {
        assertTrue(identity.authenticate(facilitator.username(), "secret".toCharArray()).isPresent());
        assertFalse(identity.authenticate(facilitator.username(), "wrong".toCharArray()).isPresent());
    }

    @Test
    public void planIsAdoptedByTheBoard() {
        Instant before = Instant.now();
        Plan plan = plans.createPlan(regroupement, draft(), facilitator.username());
        assertEquals(PlanStatus.DRAFT, plan.status());
        assertEquals("1", plan.objectives().get(0).number());
        assertEquals("1.1", plan.objectives().get(0).actions().get(0).number());

        workflow.submitForAdoption(facilitator, plan.id());
        assertEquals(PlanStatus.SUBMITTED, status(plan.id()));

        WorkflowTask task = single(inbox.tasksFor(ca1));
        assertEquals(TaskKind.BOARD_DECISION, task.kind());
        assertEquals(plan.id(), task.planId());
        assertEquals(1, inbox.tasksFor(ca2).size());
        inbox.decide(ca1, task.id(), DecisionOutcome.ADOPT, "Résolution CA-2026-11");

        assertEquals(PlanStatus.ADOPTED, status(plan.id()));
        AdoptionDecision decision = single(plans.decisions(regroupement, plan.id()));
        assertEquals(DecisionOutcome.ADOPT, decision.outcome());
        assertEquals(ca1.username(), decision.decidedBy());
        assertNotNull(decision.decidedAt());
        assertFalse(decision.decidedAt().isBefore(before.minus(Duration.ofSeconds(1))));
        assertEquals(List.of(), inbox.tasksFor(ca2));
    }

    @Test
    public void changesRequestedThenAdopted() {
        Plan plan = plans.createPlan(regroupement, draft(), facilitator.username());
        workflow.submitForAdoption(facilitator, plan.id());
        inbox.decide(ca2, single(inbox.tasksFor(ca2)).id(), DecisionOutcome.REQUEST_CHANGES, "Préciser l'échéancier");
        assertEquals(PlanStatus.CHANGES_REQUESTED, status(plan.id()));
        assertEquals(TaskKind.REVISE_PLAN, single(inbox.tasksFor(facilitator)).kind());

        workflow.submitForAdoption(facilitator, plan.id());
        inbox.decide(ca1, single(inbox.tasksFor(ca1)).id(), DecisionOutcome.ADOPT, null);

        assertEquals(PlanStatus.ADOPTED, status(plan.id()));
        assertEquals(List.of(DecisionOutcome.REQUEST_CHANGES, DecisionOutcome.ADOPT),
                plans.decisions(regroupement, plan.id()).stream().map(AdoptionDecision::outcome).toList());
    }

    @Test
    public void rejected() {
        Plan plan = plans.createPlan(regroupement, draft(), facilitator.username());
        workflow.submitForAdoption(facilitator, plan.id());
        inbox.decide(ca1, single(inbox.tasksFor(ca1)).id(), DecisionOutcome.REJECT, "Hors mandat");
        assertEquals(PlanStatus.REJECTED, status(plan.id()));
        assertEquals(List.of(), inbox.tasksFor(facilitator));
    }

    @Test
    public void anotherRegroupementSeesNothing() {
        Plan plan = plans.createPlan(regroupement, draft(), facilitator.username());
        workflow.submitForAdoption(facilitator, plan.id());
        String taskId = single(inbox.tasksFor(ca1)).id();

        String other = regroupement + "-autre";
        UserAccount otherBoard = identity.createUser("ca-" + other, "Autre CA", other, Set.of(Role.BOARD_MEMBER),
                "secret".toCharArray());
        assertTrue(plans.findPlan(other, plan.id()).isEmpty());
        assertTrue(plans.listPlans(other).isEmpty());
        assertEquals(List.of(), inbox.tasksFor(otherBoard));
        assertThrows(TaskNotFoundException.class, () -> inbox.decide(otherBoard, taskId, DecisionOutcome.ADOPT, null));
        assertEquals(PlanStatus.SUBMITTED, status(plan.id()));
    }

    @Test
    public void claimDelegateAndHistoryOfABoardTask() {
        Plan plan = plans.createPlan(regroupement, draft(), facilitator.username());
        workflow.submitForAdoption(facilitator, plan.id());
        String taskId = single(inbox.tasksFor(ca1)).id();

        inbox.claim(ca1, taskId);
        assertEquals(List.of(), inbox.tasksFor(ca2));
        assertThrows(TaskDelegationException.class, () -> inbox.delegate(ca1, taskId, facilitator.username()));
        inbox.delegate(ca1, taskId, ca2.username());
        assertEquals(ca2.username(), single(inbox.tasksFor(ca2)).assignee());
        assertEquals(List.of(), inbox.tasksFor(ca1));
        inbox.decide(ca2, taskId, DecisionOutcome.ADOPT, "Résolution CA-2026-12");

        assertEquals(PlanStatus.ADOPTED, status(plan.id()));
        assertEquals(ca2.username(), single(plans.decisions(regroupement, plan.id())).decidedBy());
        List<TaskEvent> events = inbox.history(ca1, taskId);
        assertEquals(List.of(TaskAction.CREATED, TaskAction.CLAIMED, TaskAction.DELEGATED, TaskAction.COMPLETED),
                events.stream().map(TaskEvent::action).toList());
        assertEquals(ca1.username(), events.get(1).username());
        assertEquals(ca1.username(), events.get(2).username());
        assertEquals(ca2.username(), events.get(2).details());
        assertEquals(ca2.username(), events.get(3).username());

        String other = regroupement + "-autre";
        UserAccount otherFacilitator = identity.createUser("anim-" + other, "Autre animateur", other,
                Set.of(Role.FACILITATOR), "secret".toCharArray());
        assertThrows(TaskNotFoundException.class, () -> inbox.history(otherFacilitator, taskId));
    }

    @Test
    public void savedFiltersPerUser() {
        Plan plan = plans.createPlan(regroupement, draft(), facilitator.username());
        workflow.submitForAdoption(facilitator, plan.id());
        String taskId = single(inbox.tasksFor(ca1)).id();

        TaskFilterCriteria mine = TaskFilterCriteria.ALL.withAssignment(TaskFilterCriteria.Assignment.ASSIGNED_TO_ME)
                .withKind(TaskKind.BOARD_DECISION).withPlanId(plan.id());
        inbox.saveFilter(ca1, "Mes décisions", mine);
        assertEquals(List.of(new SavedTaskFilter("Mes décisions", mine)), inbox.filters(ca1));
        assertEquals(List.of(), inbox.filters(ca2));
        assertEquals(List.of(), inbox.tasksFor(ca1, "Mes décisions"));
        inbox.claim(ca1, taskId);
        assertEquals(taskId, single(inbox.tasksFor(ca1, "Mes décisions")).id());
        assertTrue(inbox.deleteFilter(ca1, "Mes décisions"));
        assertEquals(List.of(), inbox.filters(ca1));
    }

    private UserAccount user(String username, Role role) {
        return identity.createUser(username, username, regroupement, Set.of(role), "secret".toCharArray());
    }

    private PlanStatus status(long planId) {
        return plans.findPlan(regroupement, planId).orElseThrow().status();
    }

    private static PlanDraft draft() {
        return new PlanDraft("Plan d'action 2026-2027", "2026-2027", "Soutenir les organismes membres",
                List.of(new ObjectiveDraft("Renforcer la concertation",
                        List.of(new ActionDraft("Tenir quatre rencontres du chantier", "Coordonnatrice", "En continu")))));
    }

    private static <T> T single(List<T> items) {
        assertEquals("expected exactly one of " + items, 1, items.size());
        return items.get(0);
    }
}
