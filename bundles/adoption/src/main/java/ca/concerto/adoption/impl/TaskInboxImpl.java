package ca.concerto.adoption.impl;

import static ca.concerto.adoption.impl.ProcessVariables.*;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import ca.concerto.cycle.api.PlanCycleService;
import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.workflow.api.SavedTaskFilter;
import ca.concerto.workflow.api.TaskAlreadyClaimedException;
import ca.concerto.workflow.api.TaskDelegationException;
import ca.concerto.workflow.api.TaskEvent;
import ca.concerto.workflow.api.TaskFilterCriteria;
import ca.concerto.workflow.api.TaskFilterNotFoundException;
import ca.concerto.workflow.api.TaskInbox;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.TaskNotFoundException;
import ca.concerto.workflow.api.WorkflowTask;

import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.history.HistoricIdentityLinkLog;
import org.operaton.bpm.engine.history.HistoricTaskInstance;
import org.operaton.bpm.engine.history.HistoricVariableInstance;
import org.operaton.bpm.engine.history.UserOperationLogEntry;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.engine.task.TaskQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The task inbox on the engine. Tenancy: a task belongs to the regroupement of its process
 * (variable {@code regroupementId}); a task of another regroupement is refused exactly like an
 * unknown id. Within the regroupement, who may do what is decided from the task's candidate groups
 * (per regroupement, see {@link TaskGroups}) and the user's roles. Every changing call runs as the
 * user (see {@link EngineUser}) so the engine's operation log records who did it.
 */
@Component(service = TaskInbox.class)
public class TaskInboxImpl implements TaskInbox {

    private static final List<String> TASK_VARIABLES = List.of(PLAN_ID, PLAN_TITLE, REGROUPEMENT_ID);

    private final ProcessEngine engine;
    private final TaskService tasks;
    private final HistoryService history;
    private final IdentityService identity;
    private final TaskFilterStore filterStore;
    private final CycleTaskRules cycleRules;

    @Activate
    public TaskInboxImpl(@Reference ProcessEngine engine, @Reference IdentityService identity,
                         @Reference PlanCycleService cycles) {
        this.engine = engine;
        this.tasks = engine.getTaskService();
        this.history = engine.getHistoryService();
        this.identity = identity;
        this.filterStore = new TaskFilterStore(engine);
        this.cycleRules = new CycleTaskRules(cycles);
    }

    @Override
    public List<WorkflowTask> tasksFor(UserAccount user) {
        return tasksFor(user, TaskFilterCriteria.ALL);
    }

    @Override
    public Optional<WorkflowTask> task(UserAccount user, String taskId) {
        if (taskId == null || taskId.isBlank()) {
            return Optional.empty();
        }
        return reading(() -> workflowTasks(openTasksOf(user).taskId(taskId).list(), user)).stream().findFirst();
    }

    @Override
    public List<WorkflowTask> tasksFor(UserAccount user, TaskFilterCriteria criteria) {
        TaskFilterCriteria narrowing = criteria == null ? TaskFilterCriteria.ALL : criteria;
        return reading(() -> workflowTasks(TaskFilterStore.narrow(openTasksOf(user), user, narrowing)
                .orderByTaskCreateTime().asc().list(), user));
    }

    /** The tasks listed, with their plan, of the user's regroupement; inside the command that listed them. */
    List<WorkflowTask> workflowTasks(List<Task> open, UserAccount user) {
        Map<String, Map<String, Object>> variables = taskVariables(open);
        return open.stream()
                // Groups already carry the regroupement; this guards tasks assigned by name too. A task
                // another command ended since it was listed has none: it is left out.
                .filter(task -> user.regroupementId().equals(variables.get(task.getId()).get(REGROUPEMENT_ID)))
                .map(task -> toWorkflowTask(task, variables.get(task.getId())))
                .toList();
    }

    @Override
    public List<WorkflowTask> tasksFor(UserAccount user, String filterName) {
        return tasksFor(user, filterStore.criteria(user, filterName)
                .orElseThrow(() -> new TaskFilterNotFoundException(filterName)));
    }

    @Override
    public void decide(UserAccount boardMember, String taskId, DecisionOutcome outcome, String comment) {
        if (!boardMember.hasRole(Role.BOARD_MEMBER)) {
            throw new SecurityException(boardMember.username() + " is not a board member");
        }
        Task task = taskId == null ? null : openTasksOf(boardMember).taskId(taskId)
                .taskDefinitionKey(TaskKind.BOARD_DECISION.taskDefinitionKey())
                .singleResult();
        if (task == null || !boardMember.regroupementId().equals(regroupementOf(task))) {
            throw new TaskNotFoundException(taskId);
        }
        Map<String, Object> decision = new HashMap<>();
        decision.put(OUTCOME, outcome.name());
        decision.put(COMMENT, comment == null || comment.isBlank() ? null : comment.strip());
        if (!engine.getFormService().getTaskFormData(taskId).getFormFields().isEmpty()) {
            // the task's own form decides what else is needed: in a plan's cycle, the vote or
            // written resolution (FormValidationException until given)
            complete(boardMember, taskId, decision);
            return;
        }
        // a variant's task that declares no form: the decision alone
        decision.put(DECIDED_BY, boardMember.username());
        EngineUser.run(engine, boardMember, () -> {
            if (task.getAssignee() == null) {
                claimOrFail(task, boardMember);
            }
            tasks.complete(taskId, decision);
        });
    }

    @Override
    public void claim(UserAccount user, String taskId) {
        Task task = openTask(user, taskId);
        if (user.username().equals(task.getAssignee())) {
            return;
        }
        if (!mayWork(user, task.getId())) {
            throw new SecurityException(user.username() + " has no role that may do task " + taskId);
        }
        if (task.getAssignee() != null) {
            throw new TaskAlreadyClaimedException(taskId, task.getAssignee());
        }
        EngineUser.run(engine, user, () -> claimOrFail(task, user));
    }

    @Override
    public void unclaim(UserAccount user, String taskId) {
        Task task = openTask(user, taskId);
        if (task.getAssignee() == null) {
            return;
        }
        if (!user.username().equals(task.getAssignee()) && !runsRegroupement(user)) {
            throw new SecurityException(user.username() + " may not give back task " + taskId + " held by "
                    + task.getAssignee());
        }
        EngineUser.run(engine, user, () -> tasks.setAssignee(taskId, null));
    }

    @Override
    public void delegate(UserAccount user, String taskId, String toUsername) {
        Task task = openTask(user, taskId);
        Set<String> groups = candidateGroups(task.getId());
        boolean holder = user.username().equals(task.getAssignee());
        boolean mayTakeUnheld = task.getAssignee() == null && mayWork(user, groups);
        if (!holder && !mayTakeUnheld && !runsRegroupement(user)) {
            throw new SecurityException(user.username() + " may not delegate task " + taskId
                    + (task.getAssignee() == null ? "" : " held by " + task.getAssignee()));
        }
        if (toUsername == null || toUsername.isBlank()) {
            throw new TaskDelegationException("Delegating task " + taskId + " needs the username to delegate to");
        }
        String target = toUsername.strip();
        UserAccount delegate = identity.findUser(target)
                .filter(found -> user.regroupementId().equals(found.regroupementId()))
                .orElseThrow(() -> new TaskDelegationException("No user " + target + " in regroupement "
                        + user.regroupementId() + " to delegate task " + taskId + " to"));
        if (target.equals(task.getAssignee())) {
            throw new TaskDelegationException(target + " already holds task " + taskId);
        }
        if (!mayWork(delegate, groups)) {
            throw new TaskDelegationException(target + " has no role that may do task " + taskId
                    + " (offered to " + String.join(", ", groups.stream().sorted().toList()) + ")");
        }
        EngineUser.run(engine, user, () -> tasks.delegateTask(taskId, target));
    }

    @Override
    public void complete(UserAccount user, String taskId, Map<String, Object> formData) {
        // One engine command (one transaction, one connection): what the checks need, the checks, then
        // claim and completion. A refusal found before anything is written is carried out of the command
        // and thrown after it (nothing to roll back; the engine does not log it as a failed command). A
        // completion refused on the way (a vote the body's rules refuse) rolls the claim back with it:
        // the task stays open to the others as before.
        RuntimeException refusal = EngineUser.call(engine, user, () -> inOneTransaction(() -> {
            Task task;
            Map<String, Object> variables;
            try {
                task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).active().singleResult();
                // the cycle's variables, regroupement included: the tenancy check and the cycle rules
                Map<String, Object> taskVariables = task == null || task.getExecutionId() == null ? Map.of()
                        : tasks.getVariables(taskId, CycleTaskRules.TASK_VARIABLES);
                if (task == null || !user.regroupementId().equals(taskVariables.get(REGROUPEMENT_ID))) {
                    throw new TaskNotFoundException(taskId);
                }
                String holder = task.getAssignee();
                if (holder != null && !holder.equals(user.username())) {
                    throw new TaskAlreadyClaimedException(taskId, holder);
                }
                if (holder == null && !mayWork(user, taskId)) {
                    throw new SecurityException(user.username() + " has no role that may do task " + taskId);
                }
                variables = new HashMap<>(TaskFormValidator.validate(taskId,
                        engine.getFormService().getTaskFormData(taskId).getFormFields(), formData, user));
                TaskKind kind = TaskKind.ofDefinitionKey(task.getTaskDefinitionKey());
                cycleRules.check(taskVariables, taskId, kind, variables, user);
                switch (kind) {
                    case BOARD_DECISION -> variables.put(DECIDED_BY, user.username());
                    case REVISE_PLAN -> variables.put(SUBMITTED_BY, user.username());
                    case DRAFT_PLAN, REVIEW_COMMENTS -> variables.put(VERSION_AUTHOR, user.username());
                    case PUBLISH_PLAN -> variables.put(PUBLISHED_BY, user.username());
                    default -> { }
                }
            } catch (RuntimeException e) {
                return e;
            }
            if (task.getAssignee() == null) {
                claimOrFail(task, user);
            }
            tasks.complete(taskId, variables);
            return null;
        }));
        if (refusal != null) {
            throw refusal;
        }
    }

    /**
     * Runs engine reads in one engine command, so that they share a transaction and a connection
     * instead of taking one each. A refusal of ours thrown inside is carried out of the command and
     * thrown after it: nothing was written, and the engine does not log it as a failed command.
     */
    private <T> T reading(Supplier<T> reads) {
        record Outcome<T>(T value, RuntimeException refusal) { }
        Outcome<T> outcome = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(commandContext -> {
                    try {
                        return new Outcome<>(reads.get(), null);
                    } catch (TaskNotFoundException e) {
                        return new Outcome<>(null, e);
                    }
                });
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        return outcome.value();
    }

    /** Runs engine calls in one engine command: they join its transaction and commit or roll back together. */
    private <T> T inOneTransaction(Supplier<T> calls) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(commandContext -> calls.get());
    }

    @Override
    public SavedTaskFilter saveFilter(UserAccount user, String name, TaskFilterCriteria criteria) {
        return filterStore.save(user, name, criteria);
    }

    @Override
    public List<SavedTaskFilter> filters(UserAccount user) {
        return filterStore.list(user);
    }

    @Override
    public boolean deleteFilter(UserAccount user, String name) {
        return filterStore.delete(user, name);
    }

    @Override
    public List<TaskEvent> history(UserAccount user, String taskId) {
        HistoricTaskInstance task = taskId == null ? null
                : history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessInstanceId() == null
                || !user.regroupementId().equals(historicRegroupementOf(task.getProcessInstanceId()))) {
            throw new TaskNotFoundException(taskId);
        }
        List<UserOperationLogEntry> log = history.createUserOperationLogQuery().taskId(taskId).list();
        Set<String> groups = history.createHistoricIdentityLinkLogQuery().taskId(taskId)
                .type(IdentityLinkType.CANDIDATE).list().stream()
                .map(HistoricIdentityLinkLog::getGroupId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        String username = user.username();
        boolean tookPart = username.equals(task.getAssignee()) || username.equals(task.getOwner())
                || log.stream().anyMatch(entry -> username.equals(entry.getUserId())
                        || username.equals(entry.getNewValue()) || username.equals(entry.getOrgValue()));
        if (!tookPart && !mayWork(user, groups) && !runsRegroupement(user)) {
            throw new TaskNotFoundException(taskId);
        }
        return TaskHistoryReader.events(task, log);
    }

    /** An open task of the user's regroupement, whoever holds it; otherwise not found. */
    private Task openTask(UserAccount user, String taskId) {
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).active().singleResult();
        if (task == null || !user.regroupementId().equals(regroupementOf(task))) {
            throw new TaskNotFoundException(taskId);
        }
        return task;
    }

    private void claimOrFail(Task task, UserAccount user) {
        try {
            // claim() fails if someone else claimed it meanwhile, so two users cannot both take it.
            tasks.claim(task.getId(), user.username());
        } catch (org.operaton.bpm.engine.TaskAlreadyClaimedException e) {
            throw new TaskAlreadyClaimedException(task.getId(), e.getTaskAssignee());
        }
    }

    private Set<String> candidateGroups(String taskId) {
        Set<String> groups = new HashSet<>();
        tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .forEach(link -> groups.add(link.getGroupId()));
        return groups;
    }

    /** Whether the task is offered to one of the user's groups or to the user by name (a committee's task). */
    private boolean mayWork(UserAccount user, String taskId) {
        return mayWork(user, candidateGroups(taskId)) || tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                        && user.username().equals(link.getUserId()));
    }

    private static boolean mayWork(UserAccount user, Set<String> candidateGroups) {
        return TaskGroups.of(user).stream().anyMatch(candidateGroups::contains);
    }

    /** Facilitators and administrators run their regroupement's cycle: they may redistribute its tasks. */
    private static boolean runsRegroupement(UserAccount user) {
        return user.hasRole(Role.FACILITATOR) || user.hasRole(Role.ADMINISTRATOR);
    }

    private Object regroupementOf(Task task) {
        return task.getExecutionId() == null ? null : tasks.getVariable(task.getId(), REGROUPEMENT_ID);
    }

    private Object historicRegroupementOf(String processInstanceId) {
        return history.createHistoricVariableInstanceQuery().processInstanceIdIn(processInstanceId)
                .variableName(REGROUPEMENT_ID).list().stream()
                .map(HistoricVariableInstance::getValue).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private TaskQuery openTasksOf(UserAccount user) {
        return tasks.createTaskQuery().active()
                .or()
                    .taskAssignee(user.username())
                    .taskCandidateGroupIn(TaskGroups.of(user))
                    .taskCandidateUser(user.username())
                .endOr();
    }

    /**
     * The plan and regroupement variables of each task, by task id: those of its process instance,
     * read for all of them in one query; a task whose process instance does not hold them itself
     * (a variant's sub-process, say) has them looked up through its scopes, as the engine would.
     */
    private Map<String, Map<String, Object>> taskVariables(List<Task> open) {
        Map<String, Map<String, Object>> byProcess = new HashMap<>();
        Set<String> processIds = open.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (!processIds.isEmpty()) {
            engine.getRuntimeService().createVariableInstanceQuery()
                    .processInstanceIdIn(processIds.toArray(String[]::new))
                    .variableNameIn(TASK_VARIABLES.toArray(String[]::new))
                    .list().stream()
                    // the process instance's own variables, not those of an inner scope
                    .filter(variable -> variable.getProcessInstanceId().equals(variable.getExecutionId()))
                    .forEach(variable -> byProcess.computeIfAbsent(variable.getProcessInstanceId(),
                            id -> new HashMap<>()).put(variable.getName(), variable.getValue()));
        }
        Map<String, Map<String, Object>> byTask = new HashMap<>();
        for (Task task : open) {
            Map<String, Object> variables = byProcess.get(task.getProcessInstanceId());
            if (variables == null || !variables.containsKey(REGROUPEMENT_ID)) {
                variables = task.getExecutionId() == null ? Map.of() : scopeVariables(task);
            }
            byTask.put(task.getId(), variables);
        }
        return byTask;
    }

    /**
     * The task's variables through its scopes. The task was listed earlier in this command and the
     * engine answers from that copy: if another command has ended it since (a board member deciding
     * while a colleague's inbox is read), its execution is gone and the engine fails on it. Such a
     * task has no variables; any other failure is one.
     */
    private Map<String, Object> scopeVariables(Task task) {
        try {
            return tasks.getVariables(task.getId(), TASK_VARIABLES);
        } catch (RuntimeException e) {
            if (tasks.createTaskQuery().taskId(task.getId()).count() == 0) {
                return Map.of();
            }
            throw e;
        }
    }

    private static WorkflowTask toWorkflowTask(Task task, Map<String, Object> variables) {
        return new WorkflowTask(task.getId(), TaskKind.ofDefinitionKey(task.getTaskDefinitionKey()), task.getName(),
                (Long) variables.get(PLAN_ID), (String) variables.get(PLAN_TITLE),
                (String) variables.get(REGROUPEMENT_ID), task.getAssignee(), task.getCreateTime().toInstant());
    }
}
