package ca.concerto.workflow.api;

/**
 * A task cannot be completed yet because something the cycle needs is missing; nothing happened.
 * Screens show {@link #reason()} in the user's language.
 *
 * @since 1.2
 */
public class TaskNotReadyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a task is not ready to complete. */
    public enum Reason {
        /** The rencontres cannot end before the comité de rédaction is named. */
        DRAFTING_COMMITTEE_MISSING,
        /** The comité de rédaction has not answered every comment and proposed change. */
        OPEN_COMMENTS,
        /** The follow-up meeting of this task has not been recorded. */
        FOLLOW_UP_MEETING_MISSING
    }

    private final String taskId;
    private final Reason reason;

    public TaskNotReadyException(String taskId, Reason reason, String message) {
        super(message);
        this.taskId = taskId;
        this.reason = reason;
    }

    public String taskId() {
        return taskId;
    }

    public Reason reason() {
        return reason;
    }
}
