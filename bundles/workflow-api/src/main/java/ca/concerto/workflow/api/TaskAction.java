package ca.concerto.workflow.api;

/** What happened to a task, as its history tells it. */
public enum TaskAction {
    /** The workflow created the task (offered to the groups of its roles). */
    CREATED,
    /** A user took the task for themselves. */
    CLAIMED,
    /** The holder (or a facilitator or administrator) gave the task back to its groups. */
    UNCLAIMED,
    /** The holder handed the task to another user; details name that user. */
    DELEGATED,
    /** The task was given to a user by someone else; details name that user. */
    ASSIGNED,
    /** The task was done. */
    COMPLETED
}
