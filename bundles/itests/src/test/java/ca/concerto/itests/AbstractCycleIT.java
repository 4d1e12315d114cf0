package ca.concerto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.inject.Inject;

import ca.concerto.cycle.api.ActionProgress;
import ca.concerto.cycle.api.CommentKind;
import ca.concerto.cycle.api.CycleLaunch;
import ca.concerto.cycle.api.CycleMeeting;
import ca.concerto.cycle.api.CyclePhase;
import ca.concerto.cycle.api.ItemComment;
import ca.concerto.cycle.api.MeetingKind;
import ca.concerto.cycle.api.MeetingRecord;
import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.cycle.api.PlanCycleService;
import ca.concerto.cycle.api.ProposedChange;
import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.QuebecTime;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.DecisionRuleException;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanDraft.ActionDraft;
import ca.concerto.plan.api.PlanDraft.ObjectiveDraft;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.workflow.api.PlanCycleWorkflow;
import ca.concerto.workflow.api.TaskInbox;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.WorkflowTask;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;

/**
 * Every path of the plan's cycle through the OSGi services of the real core bundles: adopted at
 * once then published and followed up; changes requested then adopted; rejected; deadlines passing
 * with their reminders, fired by the engine's own job executor. Follow-up meetings fall due every
 * two seconds here, and the board's reminder after three, so that the job executor runs them
 * within the test. Each test works in a regroupement of its own.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public abstract class AbstractCycleIT {

    private static final long SERVICE_TIMEOUT_MS = 120_000;
    private static final String PROCESS_ENGINE = "org.operaton.bpm.engine.ProcessEngine";
    /** The job executor polls with back-off: a timer due now may wait for its next acquisition. */
    private static final Duration JOB_EXECUTOR_WAIT = Duration.ofSeconds(120);

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
    PlanDocumentService documents;
    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    PlanCycleService cycles;
    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    PlanCycleWorkflow workflow;
    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    TaskInbox inbox;

    private String regroupement;
    private UserAccount animateur;
    private UserAccount redacteur;
    private UserAccount ca1;
    private UserAccount ca2;

    /** Fast follow-up (one meeting, due two seconds after publication) and a three-second board reminder. */
    static Option[] cycleTiming() {
        return new Option[] {
                frameworkProperty("concerto.cycle.followUpEvery").value("PT2S"),
                frameworkProperty("concerto.cycle.followUpsPerYear").value("1"),
                frameworkProperty("concerto.adoption.boardReminderAfter").value("PT3S")
        };
    }

    @Before
    public void createRegroupement() {
        regroupement = "cy-" + UUID.randomUUID().toString().substring(0, 8);
        animateur = user("animateur", Role.FACILITATOR);
        redacteur = user("redacteur", Role.MEMBER);
        ca1 = user("ca1", Role.BOARD_MEMBER);
        ca2 = user("ca2", Role.BOARD_MEMBER);
    }

    @Test
    public void adoptedAtOncePublishedFollowedUpAndClosed() throws Exception {
        PlanCycle cycle = upToTheBoard(LocalDate.now().plusMonths(1));
        inbox.complete(ca1, task(ca1, TaskKind.BOARD_DECISION).id(), vote("ADOPT", 2, 2, 2, 0, 0));
        AdoptionDecision adopted = single(plans.decisions(regroupement, cycle.planId()));
        assertEquals(DecisionOutcome.ADOPT, adopted.outcome());
        assertEquals(2, adopted.vote().inFavour());
        assertEquals(documents.versions(regroupement, cycle.planId()).getLast().fingerprint(),
                adopted.versionFingerprint());

        inbox.complete(animateur, task(animateur, TaskKind.PUBLISH_PLAN).id(), Map.of("publishedOn", LocalDate.now().toString()));
        assertEquals(PlanStatus.PUBLISHED, plan(cycle).status());
        assertEquals(CyclePhase.FOLLOW_UP, phase(cycle));

        // the follow-up meeting falls due: the job executor creates the facilitator's task
        WorkflowTask followUp = await(animateur, TaskKind.FOLLOW_UP_MEETING);
        CycleMeeting meeting = cycles.recordMeeting(regroupement, cycle.id(), MeetingKind.FOLLOW_UP,
                new MeetingRecord(LocalDate.now(), List.of("Suivi trimestriel"), List.of(), null, List.of()),
                animateur.username());
        String action = firstAction(cycle).key();
        cycles.reportProgress(regroupement, cycle.id(), meeting.id(), action, ActionProgress.DONE, "Fait",
                animateur.username());
        inbox.complete(animateur, followUp.id(), Map.of());
        inbox.complete(animateur, task(animateur, TaskKind.ANNUAL_REPORT).id(), Map.of());

        assertEquals(CyclePhase.CLOSED, phase(cycle));
        assertEquals(Integer.valueOf(1), cycles.annualReport(regroupement, cycle.id()).counts().get(ActionProgress.DONE));
    }

    @Test
    public void changesRequestedThenAdopted() {
        PlanCycle cycle = upToTheBoard(LocalDate.now().plusMonths(1));
        Map<String, Object> changes = vote("REQUEST_CHANGES", 2, 2, 2, 0, 0);
        changes.put("comment", "Préciser les échéanciers");
        inbox.complete(ca2, task(ca2, TaskKind.BOARD_DECISION).id(), changes);
        assertEquals(PlanStatus.CHANGES_REQUESTED, plan(cycle).status());
        assertEquals(CyclePhase.DRAFTING, phase(cycle));

        inbox.complete(redacteur, task(redacteur, TaskKind.DRAFT_PLAN).id(), Map.of());
        assertEquals(CyclePhase.ADOPTION, phase(cycle));
        Map<String, Object> written = new HashMap<>(Map.of("outcome", "ADOPT", "decidedOn", LocalDate.now().toString(),
                "decisionMode", "WRITTEN", "signatories", ca1.username()));
        String board = task(ca1, TaskKind.BOARD_DECISION).id();
        DecisionRuleException unsigned = assertThrows(DecisionRuleException.class,
                () -> inbox.complete(ca1, board, written));
        assertEquals(List.of(ca2.username()), unsigned.details());
        written.put("signatories", ca1.username() + "," + ca2.username());
        inbox.complete(ca1, board, written);

        assertEquals(PlanStatus.ADOPTED, plan(cycle).status());
        assertEquals(List.of(DecisionOutcome.REQUEST_CHANGES, DecisionOutcome.ADOPT),
                plans.decisions(regroupement, cycle.planId()).stream().map(AdoptionDecision::outcome).toList());
    }

    @Test
    public void rejected() {
        PlanCycle cycle = upToTheBoard(LocalDate.now().plusMonths(1));
        inbox.complete(ca1, task(ca1, TaskKind.BOARD_DECISION).id(), vote("REJECT", 2, 2, 2, 0, 0));
        assertEquals(PlanStatus.REJECTED, plan(cycle).status());
        assertEquals(CyclePhase.REJECTED, phase(cycle));
        assertEquals(List.of(), inbox.tasksFor(animateur));
    }

    /**
     * The store's writes made by a delegate are in the engine command's transaction: completing the
     * rencontres straight through the engine (past the inbox's check) with no comité de rédaction, the phase
     * delegate records the drafting phase, then fails; the phase is not kept and the task stays open.
     */
    @Test
    public void aDelegateFailingAfterItsStoreWriteKeepsNothingOfIt() throws Exception {
        PlanCycle cycle = launch(LocalDate.now().plusMonths(1));
        inbox.complete(animateur, task(animateur, TaskKind.FOLLOW_CONSULTATION).id(), Map.of());
        String meetings = task(animateur, TaskKind.HOLD_MEETINGS).id();

        // the engine's API by name: the probe does not import Operaton's packages
        Object engine = context.getService(context.getServiceReference(PROCESS_ENGINE));
        Object taskService = engine.getClass().getMethod("getTaskService").invoke(engine);
        Method complete = taskService.getClass().getMethod("complete", String.class, Map.class);
        InvocationTargetException refused = assertThrows(InvocationTargetException.class,
                () -> complete.invoke(taskService, meetings, Map.of("anotherMeeting", false)));
        assertTrue(String.valueOf(refused.getCause()), String.valueOf(refused.getCause().getMessage())
                .contains("no comité de rédaction"));

        assertEquals("the phase written by the delegate was rolled back", CyclePhase.MEETINGS, phase(cycle));
        assertEquals(meetings, task(animateur, TaskKind.HOLD_MEETINGS).id());
        cycles.nameDraftingCommittee(regroupement, cycle.id(), List.of(redacteur.username()), LocalDate.now().plusMonths(1));
        inbox.complete(animateur, meetings, Map.of("anotherMeeting", false));
        assertEquals(CyclePhase.DRAFTING, phase(cycle));
    }

    @Test
    public void deadlinesPassWithTheirReminders() throws Exception {
        // a consultation that closed yesterday: the job executor closes it and reminds the facilitator.
        // Yesterday in Québec, where deadline days end: UTC's yesterday is Québec's today from 0 h to 5 h UTC.
        LocalDate yesterday = QuebecTime.today().minusDays(1);
        PlanCycle cycle = launch(yesterday);
        WorkflowTask closed = await(animateur, TaskKind.CONSULTATION_CLOSED);
        assertTrue(inbox.tasksFor(animateur).stream().noneMatch(t -> t.kind() == TaskKind.FOLLOW_CONSULTATION));
        inbox.complete(animateur, closed.id(), Map.of());
        assertEquals(CyclePhase.MEETINGS, phase(cycle));

        // the comment period's deadline passed too: straight to the review
        cycles.nameDraftingCommittee(regroupement, cycle.id(), List.of(redacteur.username()), yesterday);
        inbox.complete(animateur, task(animateur, TaskKind.HOLD_MEETINGS).id(), Map.of("anotherMeeting", false));
        inbox.complete(redacteur, task(redacteur, TaskKind.DRAFT_PLAN).id(), Map.of());
        WorkflowTask review = await(redacteur, TaskKind.REVIEW_COMMENTS);
        inbox.complete(redacteur, review.id(), Map.of());

        // the board is late: the facilitator is reminded, once
        assertNotNull(await(animateur, TaskKind.BOARD_REMINDER));
        inbox.complete(ca1, task(ca1, TaskKind.BOARD_DECISION).id(), vote("ADOPT", 2, 2, 2, 0, 0));
        assertEquals(PlanStatus.ADOPTED, plan(cycle).status());
        assertTrue(inbox.tasksFor(animateur).stream().noneMatch(t -> t.kind() == TaskKind.BOARD_REMINDER));
    }

    // ---- the path up to the board ------------------------------------------------------------

    private PlanCycle launch(LocalDate consultationDeadline) {
        Plan previous = plans.createPlan(regroupement, new PlanDraft("Plan 2025-2026", "2025-2026", "Concerter",
                List.of(new ObjectiveDraft("Mobiliser", List.of(new ActionDraft("Diffuser les bons coups",
                        "Coordonnatrice", "En continu"))))), animateur.username());
        return workflow.launch(animateur, new CycleLaunch("Plan 2026-2027", "2026-2027", previous.id(), "CA",
                consultationDeadline));
    }

    private PlanCycle upToTheBoard(LocalDate consultationDeadline) {
        PlanCycle cycle = launch(consultationDeadline);
        assertEquals(CyclePhase.CONSULTATION, phase(cycle));
        inbox.complete(animateur, task(animateur, TaskKind.FOLLOW_CONSULTATION).id(), Map.of());
        cycles.recordMeeting(regroupement, cycle.id(), MeetingKind.RENCONTRE, new MeetingRecord(LocalDate.now(),
                List.of("Valider la vision"), List.of(), "Procès-verbal", List.of("Vision validée")), animateur.username());
        cycles.nameDraftingCommittee(regroupement, cycle.id(), List.of(redacteur.username()), LocalDate.now().plusMonths(2));
        inbox.complete(animateur, task(animateur, TaskKind.HOLD_MEETINGS).id(), Map.of("anotherMeeting", false));
        PlanItem action = firstAction(cycle);
        documents.updateItem(regroupement, cycle.planId(), action.key(),
                documents.itemRevisions(regroupement, cycle.planId()).get(action.key()),
                action.withTitle("Diffuser un bon coup par mois"), redacteur.username());
        inbox.complete(redacteur, task(redacteur, TaskKind.DRAFT_PLAN).id(), Map.of());
        assertEquals(CyclePhase.COMMENTS, phase(cycle));
        ItemComment proposal = cycles.comment(regroupement, cycle.id(), action.key(), CommentKind.PROPOSED_CHANGE,
                "Plus précis", new ProposedChange("Diffuser un bon coup des membres par mois", null), ca2.username());
        inbox.complete(animateur, task(animateur, TaskKind.FOLLOW_COMMENTS).id(), Map.of());
        cycles.review(regroupement, proposal.id(), true, "D'accord", redacteur.username());
        inbox.complete(redacteur, task(redacteur, TaskKind.REVIEW_COMMENTS).id(), Map.of());
        assertEquals(CyclePhase.ADOPTION, phase(cycle));
        assertEquals("Diffuser un bon coup des membres par mois", firstAction(cycle).title());
        assertEquals(PlanStatus.SUBMITTED, plan(cycle).status());
        return cycle;
    }

    private static Map<String, Object> vote(String outcome, int present, int quorum, int pour, int contre, int abstention) {
        Map<String, Object> form = new HashMap<>();
        form.put("outcome", outcome);
        form.put("decidedOn", LocalDate.now().toString());
        form.put("resolutionNumber", "CA-" + LocalDate.now() + "-01");
        form.put("decisionMode", "VOTE");
        form.put("membersPresent", (long) present);
        form.put("quorum", (long) quorum);
        form.put("inFavour", (long) pour);
        form.put("against", (long) contre);
        form.put("abstentions", (long) abstention);
        return form;
    }

    private PlanItem firstAction(PlanCycle cycle) {
        return documents.document(regroupement, cycle.planId()).orElseThrow().items().getFirst().children().getFirst();
    }

    private Plan plan(PlanCycle cycle) {
        return plans.findPlan(regroupement, cycle.planId()).orElseThrow();
    }

    private CyclePhase phase(PlanCycle cycle) {
        return cycles.cycle(regroupement, cycle.id()).orElseThrow().phase();
    }

    private WorkflowTask task(UserAccount user, TaskKind kind) {
        return single(inbox.tasksFor(user).stream().filter(t -> t.kind() == kind).toList());
    }

    /** The task the job executor is to create, once it has run the timer. */
    private WorkflowTask await(UserAccount user, TaskKind kind) throws InterruptedException {
        Instant until = Instant.now().plus(JOB_EXECUTOR_WAIT);
        while (Instant.now().isBefore(until)) {
            List<WorkflowTask> tasks = inbox.tasksFor(user).stream().filter(t -> t.kind() == kind).toList();
            if (!tasks.isEmpty()) {
                return single(tasks);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No " + kind + " task for " + user.username() + " after " + JOB_EXECUTOR_WAIT);
    }

    private UserAccount user(String name, Role role) {
        return identity.createUser(name + "-" + regroupement, name, regroupement, Set.of(role), "secret".toCharArray());
    }

    private static <T> T single(List<T> items) {
        assertEquals(items.toString(), 1, items.size());
        return items.get(0);
    }
}
