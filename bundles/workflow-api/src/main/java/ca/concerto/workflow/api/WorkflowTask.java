package ca.concerto.workflow.api;

import java.time.Instant;

/**
 * A human task waiting in someone's inbox.
 *
 * @param kind     what the task asks for, so screens can choose a form
 * @param assignee the username holding the task, or null while only offered to a group
 */
public record WorkflowTask(String id, TaskKind kind, String name, long planId, String planTitle,
                           String regroupementId, String assignee, Instant createdAt) {
}
