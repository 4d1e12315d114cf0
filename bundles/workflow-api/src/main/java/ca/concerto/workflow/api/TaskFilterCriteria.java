package ca.concerto.workflow.api;

import java.time.Instant;

/**
 * What a user wants to see of their inbox. Every criterion left null (or {@link Assignment#ANY})
 * does not filter; the inbox never shows more than {@link TaskInbox#tasksFor(ca.concerto.identity.api.UserAccount)}.
 *
 * @param kind          only tasks of this kind
 * @param planId        only tasks about this plan
 * @param assignment    whose tasks: any, mine (claimed or delegated to me), or unassigned (offered to my groups)
 * @param createdAfter  only tasks created after this instant
 * @param createdBefore only tasks created before this instant
 */
public record TaskFilterCriteria(TaskKind kind, Long planId, Assignment assignment, Instant createdAfter,
                                 Instant createdBefore) {

    /** No filtering: the whole inbox. */
    public static final TaskFilterCriteria ALL = new TaskFilterCriteria(null, null, Assignment.ANY, null, null);

    public TaskFilterCriteria {
        if (assignment == null) {
            assignment = Assignment.ANY;
        }
    }

    public TaskFilterCriteria withKind(TaskKind value) {
        return new TaskFilterCriteria(value, planId, assignment, createdAfter, createdBefore);
    }

    public TaskFilterCriteria withPlanId(Long value) {
        return new TaskFilterCriteria(kind, value, assignment, createdAfter, createdBefore);
    }

    public TaskFilterCriteria withAssignment(Assignment value) {
        return new TaskFilterCriteria(kind, planId, value, createdAfter, createdBefore);
    }

    public TaskFilterCriteria withCreatedAfter(Instant value) {
        return new TaskFilterCriteria(kind, planId, assignment, value, createdBefore);
    }

    public TaskFilterCriteria withCreatedBefore(Instant value) {
        return new TaskFilterCriteria(kind, planId, assignment, createdAfter, value);
    }

    /** Whose tasks a filter keeps. */
    public enum Assignment {
        ANY,
        /** Held by the user (claimed, assigned or delegated to them). */
        ASSIGNED_TO_ME,
        /** Offered to the user's groups and not yet claimed. */
        UNASSIGNED
    }
}
