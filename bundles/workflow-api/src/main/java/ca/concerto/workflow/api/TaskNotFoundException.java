package ca.concerto.workflow.api;

/** No open task with that id for this user (or it belongs to another regroupement). */
public class TaskNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TaskNotFoundException(String taskId) {
        super("No open task " + taskId + " for this user");
    }
}
