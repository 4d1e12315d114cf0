package ca.concerto.workflow.api;

import java.util.List;

import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.DecisionOutcome;

import org.osgi.annotation.versioning.ProviderType;

/** The human tasks of a user: assigned to them or offered to a group of their roles, in their regroupement. */
@ProviderType
public interface TaskInbox {

    List<WorkflowTask> tasksFor(UserAccount user);

    /**
     * Completes a board decision task with the board's decision.
     *
     * @throws TaskNotFoundException if the task is not open for this user
     */
    void decide(UserAccount boardMember, String taskId, DecisionOutcome outcome, String comment);
}
