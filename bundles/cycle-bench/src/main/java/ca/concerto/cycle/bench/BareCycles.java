package ca.concerto.cycle.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.engine.task.Task;

/**
 * The bare side: the same two BPMN files on a plain Operaton engine (same bootstrap, its own
 * schema), with delegates under the same names that only do what the process needs to go on
 * (the drafting committee and the comment deadline, which Concerto's delegate reads from the
 * store), driven along the same path with TaskService.complete and the same variables, and the
 * same timers fired. No store, no inbox, no authentication or claim.
 */
public final class BareCycles implements CycleSide {

    static final String TROC = "troc-monteregie";
    private static final ZoneId QUEBEC = ZoneId.of("America/Toronto");

    private final ProcessEngine engine;
    private final ProcessEngine checkEngine; // unwrapped: checks and close are never profiled
    private final TaskService tasks;
    private final int followUps;

    public BareCycles(String engineName, DataSource dataSource, int followUps, Profiler profiler) {
        this.followUps = followUps;
        String commentDeadlineAt = endOfDay(LocalDate.now().plusMonths(2));
        Map<Object, Object> beans = new HashMap<>();
        beans.put("concertoEnterCyclePhase", (JavaDelegate) execution -> {
            Object phase = execution.getVariableLocal("phase");
            if ("DRAFTING".equals(phase)) {
                execution.setVariable("draftingCommittee", "redacteur");
            } else if ("COMMENTS".equals(phase)) {
                execution.setVariable("commentDeadlineAt", commentDeadlineAt);
            }
        });
        JavaDelegate nothing = execution -> { };
        beans.put("concertoRecordCycleVersion", nothing);
        beans.put("concertoMarkPlanSubmitted", nothing);
        beans.put("concertoRecordAdoptionDecision", nothing);
        beans.put("concertoPublishPlan", nothing);
        ProcessEngine started = Engines.start(engineName, dataSource, beans);
        engine = profiler == null ? started : profiler.wrap(ProcessEngine.class, started, "engine");
        checkEngine = started;
        tasks = engine.getTaskService();
    }

    @Override
    public String name() {
        return "bare Operaton";
    }

    @Override
    public Runnable runCycle(int index) {
        String businessKey = TROC + ":plan:" + index;
        // the variables PlanCycleWorkflowImpl.launch starts the cycle with
        Map<String, Object> start = new HashMap<>();
        start.put("cycleId", (long) index);
        start.put("planId", (long) index);
        start.put("regroupementId", TROC);
        start.put("planTitle", "Plan d'action 2025-2026 n° " + index);
        start.put("submittedBy", "animateur");
        start.put("facilitatorGroup", TROC + ":facilitator");
        start.put("boardGroup", TROC + ":board-member");
        start.put("adoptingBody", "CA");
        start.put("consultationDeadlineAt", endOfDay(LocalDate.now().plusMonths(2)));
        start.put("boardReminderAfter", "PT336H");
        start.put("followUpEvery", "P3M");
        start.put("followUpsPerYear", followUps);
        start.put("followUpsHeld", 0);
        start.put("adoptionProcessKey", "concertoCycleAdoption");
        String processInstanceId = engine.getRuntimeService()
                .startProcessInstanceByKey("concertoPlanCycle", businessKey, start).getId();

        complete(businessKey, "followConsultation", Map.of());
        complete(businessKey, "holdMeetings", Map.of("anotherMeeting", false));
        complete(businessKey, "draftPlan", Map.of("versionAuthor", "redacteur"));
        complete(businessKey, "followComments", Map.of());
        complete(businessKey, "reviewComments", Map.of("versionAuthor", "redacteur"));
        complete(businessKey, "boardDecision", vote());
        complete(businessKey, "publishPlan", Map.of("publishedOn", day("2025-10-01"), "publishedBy", "animateur"));
        for (int meeting = 1; meeting <= followUps; meeting++) {
            Engines.fireTimer(engine, processInstanceId);
            complete(businessKey, "holdFollowUp", Map.of());
        }
        complete(businessKey, "prepareAnnualReport", Map.of());

        return () -> {
            if (checkEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                    .completed().count() != 1) {
                throw new IllegalStateException("bare process " + processInstanceId + " did not complete");
            }
        };
    }

    private void complete(String businessKey, String taskKey, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
                .active().singleResult();
        if (task == null) {
            throw new IllegalStateException("no task " + taskKey + " in " + businessKey);
        }
        tasks.complete(task.getId(), variables);
    }

    /** The variables the inbox hands the engine for the board's form (every field, then decidedBy). */
    private static Map<String, Object> vote() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("outcome", "ADOPT");
        variables.put("comment", null);
        variables.put("decidedOn", day("2025-09-26"));
        variables.put("resolutionNumber", "CA-2025-09-26-04");
        variables.put("decisionMode", "VOTE");
        variables.put("membersPresent", 3L);
        variables.put("quorum", 2L);
        variables.put("inFavour", 3L);
        variables.put("against", 0L);
        variables.put("abstentions", 0L);
        variables.put("signatories", null);
        variables.put("decidedBy", "ca1");
        return variables;
    }

    /** A date form field as the inbox converts it: the start of that day in the JVM's zone. */
    private static Date day(String iso) {
        return Date.from(LocalDate.parse(iso).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static String endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(QUEBEC).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    @Override
    public void close() {
        checkEngine.close();
    }
}
