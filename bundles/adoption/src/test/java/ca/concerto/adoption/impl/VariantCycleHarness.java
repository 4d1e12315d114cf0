package ca.concerto.adoption.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import ca.concerto.cycle.api.CycleLaunch;
import ca.concerto.cycle.api.CyclePhase;
import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanDraft.ActionDraft;
import ca.concerto.plan.api.PlanDraft.ObjectiveDraft;
import ca.concerto.plan.store.impl.StoreForTests;
import ca.concerto.workflow.api.AdoptionVariant;
import ca.concerto.workflow.api.TaskInbox;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.WorkflowTask;

import org.operaton.bpm.engine.ProcessEngine;

/**
 * A plan's cycle run for real with a regional variant's adoption step: the engine on the store's
 * database (H2 or PostgreSQL) with the core's delegates and the variant's, plan-cycle.bpmn,
 * cycle-adoption.bpmn and the variant's BPMN deployed; the real store, task inbox and cycle
 * workflow (built here, in the adoption bundle's package, as its DS component would be), with the
 * variant registered as the service tracker would. People of the regroupement: an animateur, a
 * comité de rédaction member and three directors. The job executor is off.
 */
public final class VariantCycleHarness implements AutoCloseable {
    public static final String TROC = "troc-monteregie";
    public static final LocalDate LATER = LocalDate.now().plusMonths(2);

    public final StoreForTests store;
    public final ProcessEngine engine;
    public final TaskInbox inbox;
    public final UserAccount animateur;
    public final UserAccount redacteur;
    public final UserAccount ca1;
    public final UserAccount ca2;
    public final UserAccount ca3;
    private final PlanCycleWorkflowImpl workflow;

    /**
     * @param variantDelegates the variant's own delegates by name, built on the store
     * @param variantBpmn      class path resource of the variant's BPMN
     */
    public VariantCycleHarness(String kind, AdoptionVariant variant,
                               Function<StoreForTests, Map<String, Object>> variantDelegates, String variantBpmn)
            throws Exception {
        store = new StoreForTests(kind);
        engine = TestEngines.start(store, variantDelegates.apply(store), "workflows/plan-cycle.bpmn",
                "workflows/cycle-adoption.bpmn", variantBpmn);
        inbox = new TaskInboxImpl(engine, store.identity, store.cycles);
        workflow = new PlanCycleWorkflowImpl(engine, store.plans, store.cycles,
                new PlanCycleWorkflowImpl.Settings(Duration.ofDays(14), "P3M", 4));
        workflow.addVariant(variant, Map.of("service.id", 1L, "service.ranking", 0));
        animateur = user("animateur", Role.FACILITATOR);
        redacteur = user("redacteur", Role.MEMBER);
        ca1 = user("ca1", Role.BOARD_MEMBER);
        ca2 = user("ca2", Role.BOARD_MEMBER);
        ca3 = user("ca3", Role.BOARD_MEMBER);
    }

    private UserAccount user(String username, Role role) {
        return store.identity.createUser(username, username, TROC, Set.of(role), (username + "-secret").toCharArray());
    }

    /**
     * Last year's plan carried over into a new cycle, then: consultation closed early, one rencontre,
     * the comité de rédaction's draft, the comment period closed early, the review: up to the adoption.
     */
    public PlanCycle upToTheAdoption() {
        Plan previous = store.plans.createPlan(TROC, new PlanDraft("Plan 2023-2024", "2023-2024", "Concerter", List.of(
                new ObjectiveDraft("Mobiliser les membres", List.of(
                        new ActionDraft("Diffuser les bons coups", "Coordonnatrice", "En continu"))))), "animateur");
        PlanCycle cycle = workflow.launch(animateur, new CycleLaunch("Plan d'action 2024-2025", "2024-2025",
                previous.id(), "CA", LATER));
        complete(animateur, TaskKind.FOLLOW_CONSULTATION, Map.of());
        store.cycles.nameDraftingCommittee(TROC, cycle.id(), List.of("redacteur"), LATER);
        complete(animateur, TaskKind.HOLD_MEETINGS, Map.of("anotherMeeting", false));
        complete(redacteur, TaskKind.DRAFT_PLAN, Map.of());
        complete(animateur, TaskKind.FOLLOW_COMMENTS, Map.of());
        complete(redacteur, TaskKind.REVIEW_COMMENTS, Map.of());
        assertEquals(CyclePhase.ADOPTION, cycle(cycle).phase());
        return cycle(cycle);
    }

    /** The cycle as the store has it now. */
    public PlanCycle cycle(PlanCycle cycle) {
        return store.cycles.cycle(TROC, cycle.id()).orElseThrow();
    }

    /** The open tasks of that kind the user sees. */
    public List<WorkflowTask> tasks(UserAccount user, TaskKind kind) {
        return inbox.tasksFor(user).stream().filter(t -> t.kind() == kind).toList();
    }

    /** The one open task of that kind the user sees. */
    public WorkflowTask task(UserAccount user, TaskKind kind) {
        List<WorkflowTask> tasks = tasks(user, kind);
        assertEquals(1, tasks.size(), user.username() + " should see one " + kind + " task: " + tasks);
        return tasks.getFirst();
    }

    public void complete(UserAccount user, TaskKind kind, Map<String, Object> form) {
        inbox.complete(user, task(user, kind).id(), form);
    }

    /** The decision form for a vote in meeting. */
    public static Map<String, Object> vote(String outcome, int present, int quorum, int pour, int contre,
                                           int abstention) {
        Map<String, Object> form = new HashMap<>();
        form.put("outcome", outcome);
        form.put("decidedOn", "2024-09-27");
        form.put("resolutionNumber", "2024-09-27-04");
        form.put("decisionMode", "VOTE");
        form.put("membersPresent", (long) present);
        form.put("quorum", (long) quorum);
        form.put("inFavour", (long) pour);
        form.put("against", (long) contre);
        form.put("abstentions", (long) abstention);
        return form;
    }

    /** Process definition keys of the running process instances (the cycle and its called step). */
    public List<String> runningProcesses() {
        return engine.getRuntimeService().createProcessInstanceQuery().list().stream()
                .map(p -> engine.getRepositoryService().getProcessDefinition(p.getProcessDefinitionId()).getKey())
                .sorted().toList();
    }

    @Override
    public void close() throws Exception {
        engine.close();
        store.close();
    }
}
