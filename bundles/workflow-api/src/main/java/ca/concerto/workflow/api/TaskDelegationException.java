package ca.concerto.workflow.api;

/**
 * A delegation was refused: unknown user, a user of another regroupement, a user without a role
 * that may do the task, or the holder themselves.
 */
public class TaskDelegationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TaskDelegationException(String message) {
        super(message);
    }
}
