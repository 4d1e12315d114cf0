package ca.concerto.adoption.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanStatus;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * A real engine on in-memory H2 with the test BPMN that declares form fields
 * (plan-adoption-forms.bpmn), the bundle's delegates and services wired by hand the way DS wires
 * them, and the users of two regroupements.
 */
abstract class TaskInboxEngine {

    static final String TROC = "troc-monteregie";
    static final String ROP = "rop-mauricie";

    final InMemoryIdentityService identity = new InMemoryIdentityService();
    final UserAccount facilitator = identity.add(user("animateur", TROC, "fr", Role.FACILITATOR));
    final UserAccount ca1 = identity.add(user("ca1", TROC, "fr", Role.BOARD_MEMBER));
    final UserAccount ca2 = identity.add(user("ca2", TROC, "fr", Role.BOARD_MEMBER));
    final UserAccount caEnglish = identity.add(user("ca-en", TROC, "en", Role.BOARD_MEMBER));
    final UserAccount admin = identity.add(user("admin", TROC, "fr", Role.ADMINISTRATOR));
    final UserAccount otherBoard = identity.add(user("ca-rop", ROP, "fr", Role.BOARD_MEMBER));
    final UserAccount otherFacilitator = identity.add(user("anim-rop", ROP, "fr", Role.FACILITATOR));

    ProcessEngine engine;
    InMemoryPlanService plans;
    AdoptionWorkflowImpl workflow;
    TaskInboxImpl inbox;

    @BeforeEach
    void startEngine() {
        plans = new InMemoryPlanService();
        engine = TestEngines.start(plans, "workflows/plan-adoption-forms.bpmn");
        workflow = new AdoptionWorkflowImpl(engine, plans, Duration.ofDays(14));
        inbox = new TaskInboxImpl(engine, identity, null); // no cycle tasks here
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    /** A draft plan of the TROC, submitted: its board decision task is open and held by nobody. */
    long submittedPlan() {
        long planId = plans.createPlan(TROC, new PlanDraft("Plan d'action 2024-2025", "2024-2025", "Mission", List.of()),
                "animateur").id();
        workflow.submitForAdoption(facilitator, planId);
        return planId;
    }

    String boardTask() {
        submittedPlan();
        return inbox.tasksFor(ca1).get(inbox.tasksFor(ca1).size() - 1).id();
    }

    PlanStatus status(long planId) {
        return plans.findPlan(TROC, planId).orElseThrow().status();
    }

    boolean isOpen(String taskId) {
        return engine.getTaskService().createTaskQuery().taskId(taskId).count() == 1;
    }

    String holder(String taskId) {
        return engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    static <T> T single(List<T> items) {
        assertEquals(1, items.size(), () -> "expected exactly one, got " + items);
        return items.get(0);
    }

    static UserAccount user(String username, String regroupementId, String language, Role... roles) {
        return new UserAccount(username, username, regroupementId, Set.of(roles), language);
    }
}
