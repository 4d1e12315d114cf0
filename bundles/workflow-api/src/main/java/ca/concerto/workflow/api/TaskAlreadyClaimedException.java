package ca.concerto.workflow.api;

/** Another user holds the task; it must be given back (unclaimed) before someone else takes it. */
public class TaskAlreadyClaimedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String holder;

    public TaskAlreadyClaimedException(String taskId, String holder) {
        super("Task " + taskId + " is already held by " + holder);
        this.holder = holder;
    }

    /** The username holding the task. */
    public String holder() {
        return holder;
    }
}
