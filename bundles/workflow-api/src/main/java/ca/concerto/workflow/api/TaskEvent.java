package ca.concerto.workflow.api;

import java.time.Instant;

/**
 * One entry of a task's history.
 *
 * @param time     when it happened
 * @param username who did it, or null when the workflow itself did (creation)
 * @param action   what was done
 * @param details  data of the action, not a sentence: the task name for {@link TaskAction#CREATED},
 *                 the new holder for {@link TaskAction#DELEGATED} and {@link TaskAction#ASSIGNED},
 *                 the former holder for {@link TaskAction#UNCLAIMED}; null otherwise
 */
public record TaskEvent(Instant time, String username, TaskAction action, String details) {
}
