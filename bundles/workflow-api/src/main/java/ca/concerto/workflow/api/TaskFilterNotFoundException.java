package ca.concerto.workflow.api;

/** The user has no saved filter of that name. */
public class TaskFilterNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TaskFilterNotFoundException(String name) {
        super("No saved task filter named '" + name + "' for this user");
    }
}
