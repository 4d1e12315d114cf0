package ca.concerto.adoption.impl;

import static ca.concerto.adoption.impl.ProcessVariables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.workflow.api.TaskInbox;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.TaskNotFoundException;
import ca.concerto.workflow.api.WorkflowTask;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.engine.task.TaskQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = TaskInbox.class)
public class TaskInboxImpl implements TaskInbox {

    private static final List<String> TASK_VARIABLES = List.of(PLAN_ID, PLAN_TITLE, REGROUPEMENT_ID);

    private final TaskService tasks;

    @Activate
    public TaskInboxImpl(@Reference ProcessEngine engine) {
        this.tasks = engine.getTaskService();
    }

    @Override
    public List<WorkflowTask> tasksFor(UserAccount user) {
        return openTasksOf(user).orderByTaskCreateTime().asc().list().stream()
                .map(this::toWorkflowTask)
                // Groups already carry the regroupement; this guards tasks assigned by name too.
                .filter(task -> user.regroupementId().equals(task.regroupementId()))
                .toList();
    }

    @Override
    public void decide(UserAccount boardMember, String taskId, DecisionOutcome outcome, String comment) {
        if (!boardMember.hasRole(Role.BOARD_MEMBER)) {
            throw new SecurityException(boardMember.username() + " is not a board member");
        }
        Task task = openTasksOf(boardMember).taskId(taskId)
                .taskDefinitionKey(TaskKind.BOARD_DECISION.taskDefinitionKey())
                .singleResult();
        if (task == null || !boardMember.regroupementId().equals(tasks.getVariable(taskId, REGROUPEMENT_ID))) {
            throw new TaskNotFoundException(taskId);
        }
        if (task.getAssignee() == null) {
            // claim() fails if someone else claimed it meanwhile, so two directors cannot both decide.
            tasks.claim(taskId, boardMember.username());
        }
        Map<String, Object> decision = new HashMap<>();
        decision.put(OUTCOME, outcome.name());
        decision.put(COMMENT, comment == null || comment.isBlank() ? null : comment.strip());
        decision.put(DECIDED_BY, boardMember.username());
        tasks.complete(taskId, decision);
    }

    private TaskQuery openTasksOf(UserAccount user) {
        return tasks.createTaskQuery().active()
                .or()
                    .taskAssignee(user.username())
                    .taskCandidateGroupIn(TaskGroups.of(user))
                .endOr();
    }

    private WorkflowTask toWorkflowTask(Task task) {
        Map<String, Object> variables = tasks.getVariables(task.getId(), TASK_VARIABLES);
        return new WorkflowTask(task.getId(), TaskKind.ofDefinitionKey(task.getTaskDefinitionKey()), task.getName(),
                (Long) variables.get(PLAN_ID), (String) variables.get(PLAN_TITLE),
                (String) variables.get(REGROUPEMENT_ID), task.getAssignee(), task.getCreateTime().toInstant());
    }
}
