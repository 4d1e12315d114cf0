package ca.concerto.workflow.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.DecisionOutcome;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The human tasks of a user: assigned to them or offered to a group of their roles, in their regroupement.
 * <p>
 * Every method refuses a task of another regroupement with {@link TaskNotFoundException}, exactly as
 * an unknown id, so that ids of other regroupements cannot be probed. A user "may work on" a task
 * when one of their roles is among the groups the task is offered to.
 */
@ProviderType
public interface TaskInbox {

    List<WorkflowTask> tasksFor(UserAccount user);

    /**
     * That open task of the user (as {@link #tasksFor(UserAccount)} would list it), or empty: unknown,
     * ended, not offered to them, or of another regroupement.
     */
    default Optional<WorkflowTask> task(UserAccount user, String taskId) {
        return tasksFor(user).stream().filter(t -> t.id().equals(taskId)).findFirst();
    }

    /**
     * Completes a board decision task with the board's decision.
     *
     * @throws TaskNotFoundException if the task is not open for this user
     */
    void decide(UserAccount boardMember, String taskId, DecisionOutcome outcome, String comment);

    /**
     * Takes an open task offered to one of the user's groups. Claiming a task one already holds does nothing.
     *
     * @throws TaskNotFoundException        if there is no such open task in the user's regroupement
     * @throws SecurityException            if no role of the user may do the task
     * @throws TaskAlreadyClaimedException  if another user holds it
     * @since 1.1
     */
    void claim(UserAccount user, String taskId);

    /**
     * Gives a held task back to its groups. Only its holder, or a facilitator or administrator of
     * the regroupement, may do so; an unheld task is left as is.
     *
     * @throws TaskNotFoundException if there is no such open task in the user's regroupement
     * @throws SecurityException     if the user neither holds the task nor runs the regroupement
     * @since 1.1
     */
    void unclaim(UserAccount user, String taskId);

    /**
     * Hands a task to another user of the same regroupement who holds a role that may do it. The
     * holder may delegate; so may a facilitator or administrator, and anyone who may work on a
     * task nobody holds yet.
     *
     * @throws TaskNotFoundException   if there is no such open task in the user's regroupement
     * @throws SecurityException       if the user may not delegate this task
     * @throws TaskDelegationException if the target user is unknown, of another regroupement,
     *                                 without a role that may do the task, or already its holder
     * @since 1.1
     */
    void delegate(UserAccount user, String taskId, String toUsername);

    /**
     * Completes a task with the data of its form, validated against the form fields the task
     * declares (types, required fields, allowed values, lengths, bounds). On any invalid or
     * unknown field nothing happens and every error is reported at once. A task offered to the
     * user's groups and held by nobody is claimed by the user first.
     *
     * @param formData field id to value; values may be typed (Long, Boolean, Date...) or text
     * @throws TaskNotFoundException       if there is no such open task in the user's regroupement
     * @throws SecurityException           if no role of the user may do the task
     * @throws TaskAlreadyClaimedException if another user holds it
     * @throws FormValidationException     with a message per field
     * @throws TaskNotReadyException       if the cycle misses what the task needs first (since 1.2)
     * @since 1.1
     */
    void complete(UserAccount user, String taskId, Map<String, Object> formData);

    /**
     * The user's open tasks that match the criteria.
     *
     * @since 1.1
     */
    List<WorkflowTask> tasksFor(UserAccount user, TaskFilterCriteria criteria);

    /**
     * The user's open tasks that match one of their saved filters.
     *
     * @throws TaskFilterNotFoundException if the user saved no filter of that name
     * @since 1.1
     */
    List<WorkflowTask> tasksFor(UserAccount user, String filterName);

    /**
     * Saves a filter for this user under a name, replacing their filter of the same name.
     *
     * @throws IllegalArgumentException if the name is blank or longer than 200 characters
     * @since 1.1
     */
    SavedTaskFilter saveFilter(UserAccount user, String name, TaskFilterCriteria criteria);

    /**
     * The user's saved filters, by name.
     *
     * @since 1.1
     */
    List<SavedTaskFilter> filters(UserAccount user);

    /**
     * Deletes one of the user's saved filters.
     *
     * @return whether a filter of that name existed
     * @since 1.1
     */
    boolean deleteFilter(UserAccount user, String name);

    /**
     * Who did what to a task and when, oldest first; also for a finished task. Readable by users
     * who may work on the task or took part in it, and by facilitators and administrators of the
     * regroupement.
     *
     * @throws TaskNotFoundException if there is no such task (open or finished) visible to the user
     * @since 1.1
     */
    List<TaskEvent> history(UserAccount user, String taskId);
}
