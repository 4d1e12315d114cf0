package ca.concerto.adoption.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.concerto.cycle.api.CycleLaunch;
import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanDraft.ActionDraft;
import ca.concerto.plan.api.PlanDraft.ObjectiveDraft;
import ca.concerto.plan.store.impl.StoreForTests;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.WorkflowTask;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.runtime.Job;

/**
 * A plan's cycle run for real: the engine with plan-cycle.bpmn and cycle-adoption.bpmn on the
 * store's database (H2 or PostgreSQL), the real store, the task inbox and the cycle workflow, and
 * the people of a regroupement: an animateur, a comité de rédaction member, a member, three directors.
 */
final class CycleHarness implements AutoCloseable {
    static final String TROC = "troc-monteregie";

    final StoreForTests store;
    final ProcessEngine engine;
    final TaskInboxImpl inbox;
    final PlanCycleWorkflowImpl workflow;
    final UserAccount animateur;
    final UserAccount redacteur;
    final UserAccount membre;
    final UserAccount ca1;
    final UserAccount ca2;
    final UserAccount ca3;

    CycleHarness(String kind, int followUpsPerYear) throws Exception {
        store = new StoreForTests(kind);
        engine = TestEngines.start(store, "workflows/plan-cycle.bpmn", "workflows/cycle-adoption.bpmn");
        inbox = new TaskInboxImpl(engine, store.identity, store.cycles);
        workflow = new PlanCycleWorkflowImpl(engine, store.plans, store.cycles,
                new PlanCycleWorkflowImpl.Settings(Duration.ofDays(14), "P3M", followUpsPerYear));
        animateur = user("animateur", Role.FACILITATOR);
        redacteur = user("redacteur", Role.MEMBER);
        membre = user("membre", Role.MEMBER);
        ca1 = user("ca1", Role.BOARD_MEMBER);
        ca2 = user("ca2", Role.BOARD_MEMBER);
        ca3 = user("ca3", Role.BOARD_MEMBER);
    }

    private UserAccount user(String username, Role role) {
        return store.identity.createUser(username, username, TROC, Set.of(role), (username + "-secret").toCharArray());
    }

    /** Last year's plan, carried over into a new cycle whose consultation closes on that day. */
    PlanCycle launchCarriedOver(LocalDate consultationDeadline) {
        Plan previous = store.plans.createPlan(TROC, new PlanDraft("Plan 2023-2024", "2023-2024", "Concerter", List.of(
                new ObjectiveDraft("Mobiliser les membres", List.of(
                        new ActionDraft("Diffuser les bons coups", "Coordonnatrice", "En continu"),
                        new ActionDraft("Tenir 4 rencontres", "Chantier", "Automne 2024"))))), "animateur");
        return workflow.launch(animateur, new CycleLaunch("Plan d'action 2024-2025", "2024-2025", previous.id(), "CA",
                consultationDeadline));
    }

    /** The one open task of that kind the user sees. */
    WorkflowTask task(UserAccount user, TaskKind kind) {
        List<WorkflowTask> tasks = inbox.tasksFor(user).stream().filter(t -> t.kind() == kind).toList();
        assertEquals(1, tasks.size(), user.username() + " should see one " + kind + " task: " + tasks);
        return tasks.getFirst();
    }

    void complete(UserAccount user, TaskKind kind, Map<String, Object> form) {
        inbox.complete(user, task(user, kind).id(), form);
    }

    void complete(UserAccount user, TaskKind kind) {
        complete(user, kind, Map.of());
    }

    /** The board's form for a vote in meeting. */
    static Map<String, Object> vote(String outcome, int present, int quorum, int pour, int contre, int abstention) {
        Map<String, Object> form = new HashMap<>();
        form.put("outcome", outcome);
        form.put("decidedOn", "2024-09-27");
        form.put("resolutionNumber", "CA-2024-09-27-04");
        form.put("decisionMode", "VOTE");
        form.put("membersPresent", (long) present);
        form.put("quorum", (long) quorum);
        form.put("inFavour", (long) pour);
        form.put("against", (long) contre);
        form.put("abstentions", (long) abstention);
        return form;
    }

    /** The timers due (or all of them, when the test makes time pass), run as the job executor would. */
    List<Job> timers() {
        return engine.getManagementService().createJobQuery().timers().list();
    }

    void fire(Job timer) {
        engine.getManagementService().executeJob(timer.getId());
    }

    @Override
    public void close() throws Exception {
        engine.close();
        store.close();
    }
}
