package ca.concerto.adoption.impl;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import ca.concerto.persistence.join.ConnectionJoin;
import ca.concerto.cycle.api.ActionProgress;
import ca.concerto.cycle.api.AnnualReport;
import ca.concerto.cycle.api.CommentKind;
import ca.concerto.cycle.api.CycleLaunch;
import ca.concerto.cycle.api.CycleMeeting;
import ca.concerto.cycle.api.CyclePhase;
import ca.concerto.cycle.api.ItemComment;
import ca.concerto.cycle.api.MeetingKind;
import ca.concerto.cycle.api.MeetingRecord;
import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.cycle.api.PlanCycleService;
import ca.concerto.cycle.api.ProgressReport;
import ca.concerto.cycle.api.ProposedChange;
import ca.concerto.cycle.bench.CycleSide;
import ca.concerto.cycle.bench.Engines;
import ca.concerto.cycle.bench.Profiler;
import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.Organization;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanDraft.ActionDraft;
import ca.concerto.plan.api.PlanDraft.ObjectiveDraft;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.interchange.impl.PlanInterchangeImpl;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.workflow.api.PlanCycleWorkflow;
import ca.concerto.workflow.api.TaskInbox;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.WorkflowTask;

import org.operaton.bpm.engine.ProcessEngine;

/**
 * The Concerto side: a plan's cycle through the platform's own services, as the process tests run
 * it (CycleHarness) — the real store, the real delegates on it, the engine on the store's database,
 * {@link PlanCycleWorkflowImpl#launch}, {@link TaskInboxImpl#tasksFor} and {@link TaskInboxImpl#complete}
 * for every task, {@link PlanCycleService} for what people record. (In the adoption package for the
 * workflow's package-private constructor and settings.)
 */
public final class ConcertoCycles implements CycleSide {

    static final String TROC = "troc-monteregie";

    private final AutoCloseable store;
    private final PlanService plans;
    private final PlanDocumentService documents;
    private final PlanCycleService cycles;
    private final ProcessEngine engine;
    /** The services unwrapped, for the checks after each cycle (never profiled). */
    private final PlanService checkPlans;
    private final PlanDocumentService checkDocuments;
    private final PlanCycleService checkCycles;
    private final ProcessEngine checkEngine;
    private final TaskInbox inbox;
    private final PlanCycleWorkflow workflow;
    private final int followUps;
    private final long previousPlanId;
    private final long organizationId;
    private final UserAccount animateur;
    private final UserAccount redacteur;
    private final UserAccount ca1;

    /**
     * @param store     closed with this side (after the engine)
     * @param profiler  null for measured runs; otherwise every service is wrapped to be timed
     * @param actions   actions of last year's plan, carried over at each launch
     */
    public ConcertoCycles(String engineName, DataSource dataSource, AutoCloseable store, PlanService plans,
                          PlanDocumentService documents, PlanCycleService cycles, IdentityService identity,
                          int followUps, int actions, Profiler profiler) {
        this.store = store;
        checkPlans = plans;
        checkDocuments = documents;
        checkCycles = cycles;
        if (profiler != null) {
            plans = profiler.wrap(PlanService.class, plans, "store");
            documents = profiler.wrap(PlanDocumentService.class, documents, "store");
            cycles = profiler.wrap(PlanCycleService.class, cycles, "store");
            identity = profiler.wrap(IdentityService.class, identity, "store");
        }
        this.plans = plans;
        this.documents = documents;
        this.cycles = cycles;
        this.followUps = followUps;
        // the delegates as the engine bundle wires them (TestEngines does the same for the tests)
        Map<Object, Object> beans = new HashMap<>();
        beans.put("concertoMarkPlanSubmitted", new MarkPlanSubmittedDelegate(plans));
        beans.put("concertoRecordAdoptionDecision", new RecordAdoptionDecisionDelegate(plans));
        beans.put("concertoEnterCyclePhase", new EnterCyclePhaseDelegate(cycles));
        beans.put("concertoRecordCycleVersion", new RecordCycleVersionDelegate(documents, new PlanInterchangeImpl()));
        beans.put("concertoPublishPlan", new PublishPlanDelegate(plans));
        // the engine leads the transaction that the store's writes from its delegates join, as on the platform
        ProcessEngine started = Engines.start(engineName, ConnectionJoin.leading(dataSource), beans);
        engine = profiler == null ? started : profiler.wrap(ProcessEngine.class, started, "engine");
        checkEngine = started;
        TaskInbox realInbox = new TaskInboxImpl(engine, identity, cycles);
        PlanCycleWorkflow realWorkflow = new PlanCycleWorkflowImpl(engine, plans, cycles,
                new PlanCycleWorkflowImpl.Settings(Duration.ofDays(14), "P3M", followUps));
        inbox = profiler == null ? realInbox : profiler.wrap(TaskInbox.class, realInbox, "concerto");
        workflow = profiler == null ? realWorkflow : profiler.wrap(PlanCycleWorkflow.class, realWorkflow, "concerto");

        animateur = user(identity, "animateur", Role.FACILITATOR);
        redacteur = user(identity, "redacteur", Role.MEMBER);
        user(identity, "membre", Role.MEMBER);
        ca1 = user(identity, "ca1", Role.BOARD_MEMBER);
        user(identity, "ca2", Role.BOARD_MEMBER);
        user(identity, "ca3", Role.BOARD_MEMBER);
        // last year's plan, carried over by every cycle: two objectives sharing the actions
        List<ActionDraft> first = new ArrayList<>();
        List<ActionDraft> second = new ArrayList<>();
        for (int a = 1; a <= actions; a++) {
            (a % 2 == 1 ? first : second).add(new ActionDraft("Action " + a, "Coordonnatrice", "Automne 2025"));
        }
        List<ObjectiveDraft> objectives = new ArrayList<>();
        objectives.add(new ObjectiveDraft("Mobiliser les membres", first));
        if (!second.isEmpty()) {
            objectives.add(new ObjectiveDraft("Faire connaître le regroupement", second));
        }
        previousPlanId = plans.createPlan(TROC, new PlanDraft("Plan 2024-2025", "2024-2025", "Concerter", objectives),
                "animateur").id();
        organizationId = plans.addOrganization(TROC, "CDC", Organization.OrganizationKind.MEMBER).id();
    }

    private static UserAccount user(IdentityService identity, String username, Role role) {
        return identity.createUser(username, username, TROC, Set.of(role), (username + "-secret").toCharArray());
    }

    @Override
    public String name() {
        return "Concerto";
    }

    @Override
    public Runnable runCycle(int index) {
        LocalDate today = LocalDate.now();
        LocalDate later = today.plusMonths(2);
        PlanCycle cycle = workflow.launch(animateur, new CycleLaunch("Plan d'action 2025-2026 n° " + index,
                "2025-2026", previousPlanId, "CA", later));
        long cycleId = cycle.id();
        long planId = cycle.planId();
        String processInstanceId = cycle.processInstanceId();

        // consultation: one organization invited, its input, closed early by the facilitator
        cycles.invite(TROC, cycleId, List.of(organizationId), "animateur");
        cycles.submitInput(TROC, cycleId, organizationId, "Nos priorités : le transport", "membre");
        complete(animateur, TaskKind.FOLLOW_CONSULTATION, Map.of());

        // one rencontre, the comité de rédaction named, the meetings ended
        cycles.recordMeeting(TROC, cycleId, MeetingKind.RENCONTRE, new MeetingRecord(today,
                List.of("Nommer le comité de rédaction"), List.of(), "Procès-verbal", List.of("Décidé")), "animateur");
        cycles.nameDraftingCommittee(TROC, cycleId, List.of("redacteur"), later);
        complete(animateur, TaskKind.HOLD_MEETINGS, Map.of("anotherMeeting", false));

        // drafting: the comité rewords one action, then hands in its draft (recorded as version 2)
        List<PlanItem> actions = new ArrayList<>();
        documents.document(TROC, planId).orElseThrow().items().forEach(o -> actions.addAll(o.children()));
        PlanItem edited = actions.getFirst();
        documents.updateItem(TROC, planId, edited.key(), documents.itemRevisions(TROC, planId).get(edited.key()),
                edited.withTitle(edited.title() + " (révisé)"), "redacteur");
        complete(redacteur, TaskKind.DRAFT_PLAN, Map.of());

        // comments: one proposed change, the period closed early, accepted in review (version 3)
        ItemComment proposal = cycles.comment(TROC, cycleId, actions.getLast().key(), CommentKind.PROPOSED_CHANGE,
                "Plus concret", new ProposedChange("Une action par mois", null), "membre");
        complete(animateur, TaskKind.FOLLOW_COMMENTS, Map.of());
        cycles.review(TROC, proposal.id(), true, "Plus mesurable", "redacteur");
        complete(redacteur, TaskKind.REVIEW_COMMENTS, Map.of());

        // the board adopts by a vote with quorum; the facilitator publishes
        complete(ca1, TaskKind.BOARD_DECISION, vote());
        complete(animateur, TaskKind.PUBLISH_PLAN, Map.of("publishedOn", "2025-10-01"));

        // follow-up: each meeting falls due (timer), is recorded with one status per action
        for (int meeting = 1; meeting <= followUps; meeting++) {
            Engines.fireTimer(engine, processInstanceId);
            CycleMeeting recorded = cycles.recordMeeting(TROC, cycleId, MeetingKind.FOLLOW_UP,
                    new MeetingRecord(today, List.of("Suivi"), List.of(), null, List.of()), "animateur");
            String comment = "T" + meeting;
            cycles.reportProgress(TROC, cycleId, recorded.id(), actions.stream()
                    .map(action -> new ProgressReport(action.key(), ActionProgress.IN_PROGRESS, comment)).toList(),
                    "animateur");
            complete(animateur, TaskKind.FOLLOW_UP_MEETING, Map.of());
        }

        // the bilan annuel, then the cycle closes
        AnnualReport bilan = cycles.annualReport(TROC, cycleId);
        complete(animateur, TaskKind.ANNUAL_REPORT, Map.of());

        return () -> {
            PlanCycle closed = checkCycles.cycle(TROC, cycleId).orElseThrow();
            check(closed.phase() == CyclePhase.CLOSED, "cycle " + cycleId + " is " + closed.phase());
            check(checkEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
                    .count() == 0, "process " + processInstanceId + " still runs");
            check(bilan.followUpMeetings() == followUps, "bilan of " + bilan.followUpMeetings() + " meetings");
            check(checkDocuments.versions(TROC, planId).size() == 3, "versions of plan " + planId);
            check(checkPlans.publications(TROC, planId).size() == 1, "publication of plan " + planId);
        };
    }

    /** The one open task of that kind in the user's inbox, completed through the inbox with the form. */
    private void complete(UserAccount user, TaskKind kind, Map<String, Object> form) {
        List<WorkflowTask> tasks = inbox.tasksFor(user).stream().filter(t -> t.kind() == kind).toList();
        check(tasks.size() == 1, user.username() + " should see one " + kind + " task: " + tasks);
        inbox.complete(user, tasks.getFirst().id(), form);
    }

    /** The board's form: adopted by a vote in meeting, with quorum. */
    static Map<String, Object> vote() {
        Map<String, Object> form = new HashMap<>();
        form.put("outcome", "ADOPT");
        form.put("decidedOn", "2025-09-26");
        form.put("resolutionNumber", "CA-2025-09-26-04");
        form.put("decisionMode", "VOTE");
        form.put("membersPresent", 3L);
        form.put("quorum", 2L);
        form.put("inFavour", 3L);
        form.put("against", 0L);
        form.put("abstentions", 0L);
        return form;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            checkEngine.close();
        } finally {
            store.close();
        }
    }
}
