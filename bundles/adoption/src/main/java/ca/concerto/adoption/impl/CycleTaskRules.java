package ca.concerto.adoption.impl;

import static ca.concerto.adoption.impl.ProcessVariables.ANOTHER_MEETING;
import static ca.concerto.adoption.impl.ProcessVariables.CYCLE_ID;
import static ca.concerto.adoption.impl.ProcessVariables.DECISION_MODE;
import static ca.concerto.adoption.impl.ProcessVariables.FOLLOW_UPS_HELD;
import static ca.concerto.adoption.impl.ProcessVariables.REGROUPEMENT_ID;
import static ca.concerto.adoption.impl.ProcessVariables.SIGNATORIES;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import ca.concerto.cycle.api.CommentStatus;
import ca.concerto.cycle.api.MeetingKind;
import ca.concerto.cycle.api.PlanCycleService;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.workflow.api.FormValidationException;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.TaskNotReadyException;
import ca.concerto.workflow.api.TaskNotReadyException.Reason;


/**
 * What a cycle's task needs before it completes, beyond its form fields: checked before anything
 * changes, so that a refused completion leaves the task as it was.
 */
final class CycleTaskRules {

    private final PlanCycleService cycles;

    CycleTaskRules(PlanCycleService cycles) {
        this.cycles = cycles;
    }

    /** The task's variables the rules read: the caller fetches them with the task, in one go. */
    static final List<String> TASK_VARIABLES = List.of(REGROUPEMENT_ID, CYCLE_ID, FOLLOW_UPS_HELD);

    /**
     * @param taskVariables the task's {@link #TASK_VARIABLES}
     * @param variables     the validated form data
     * @throws FormValidationException a field missing for the board's chosen decision mode
     * @throws TaskNotReadyException   the cycle misses what the task needs
     */
    void check(Map<String, Object> taskVariables, String taskId, TaskKind kind, Map<String, Object> variables,
               UserAccount user) {
        switch (kind) {
            case BOARD_DECISION -> checkDecisionMode(taskId, variables, user);
            case HOLD_MEETINGS -> {
                if (Boolean.FALSE.equals(variables.get(ANOTHER_MEETING))
                        && cycle(taskVariables).draftingCommittee().isEmpty()) {
                    throw new TaskNotReadyException(taskId, Reason.DRAFTING_COMMITTEE_MISSING,
                            "Name the comité de rédaction before the drafting starts");
                }
            }
            case REVIEW_COMMENTS -> {
                var cycle = cycle(taskVariables);
                long open = cycles.comments(cycle.regroupementId(), cycle.id()).stream()
                        .filter(c -> c.status() == CommentStatus.OPEN).count();
                if (open > 0) {
                    throw new TaskNotReadyException(taskId, Reason.OPEN_COMMENTS,
                            open + " comment(s) still to answer");
                }
            }
            case FOLLOW_UP_MEETING -> {
                var cycle = cycle(taskVariables);
                long recorded = cycles.meetings(cycle.regroupementId(), cycle.id()).stream()
                        .filter(m -> m.kind() == MeetingKind.FOLLOW_UP).count();
                Object held = taskVariables.get(FOLLOW_UPS_HELD);
                if (recorded <= (held instanceof Number n ? n.longValue() : 0)) {
                    throw new TaskNotReadyException(taskId, Reason.FOLLOW_UP_MEETING_MISSING,
                            "Record this follow-up meeting and its statuses first");
                }
            }
            default -> { }
        }
    }

    /** A vote needs its five counts; a written resolution, its signatories. */
    private static void checkDecisionMode(String taskId, Map<String, Object> variables, UserAccount user) {
        Object mode = variables.get(DECISION_MODE);
        if (mode == null) {
            return;
        }
        ResourceBundle messages = TaskFormValidator.messages(user);
        Map<String, String> errors = new LinkedHashMap<>();
        if ("VOTE".equals(mode)) {
            for (String field : DecisionForms.VOTE_FIELDS) {
                if (variables.get(field) == null) {
                    errors.put(field, messages.getString("required.vote"));
                }
            }
        } else if (DecisionForms.signatories((String) variables.get(SIGNATORIES)).isEmpty()) {
            errors.put(SIGNATORIES, messages.getString("required.written"));
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(taskId, errors);
        }
    }

    private ca.concerto.cycle.api.PlanCycle cycle(Map<String, Object> taskVariables) {
        String regroupementId = (String) taskVariables.get(REGROUPEMENT_ID);
        Long cycleId = (Long) taskVariables.get(CYCLE_ID);
        return cycles.cycle(regroupementId, cycleId).orElseThrow();
    }
}
