package ca.concerto.adoption.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.concerto.workflow.api.TaskAction;
import ca.concerto.workflow.api.TaskEvent;

import org.operaton.bpm.engine.history.HistoricTaskInstance;
import org.operaton.bpm.engine.history.UserOperationLogEntry;

/**
 * Turns the engine's history of one task into {@link TaskEvent}s: creation from the historic task
 * instance, then the user operation log (one entry per changed property, grouped by operation).
 * Operations are named only when the engine knew the authenticated user (see {@link EngineUser}).
 */
final class TaskHistoryReader {

    private static final String ASSIGNEE = "assignee";

    private TaskHistoryReader() {
    }

    static List<TaskEvent> events(HistoricTaskInstance task, List<UserOperationLogEntry> log) {
        Map<String, List<UserOperationLogEntry>> operations = new LinkedHashMap<>();
        for (UserOperationLogEntry entry : log) {
            String key = entry.getOperationId() != null ? entry.getOperationId() : entry.getId();
            operations.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
        }
        List<Ranked> events = new ArrayList<>();
        events.add(new Ranked(new TaskEvent(task.getStartTime().toInstant(), null, TaskAction.CREATED, task.getName()),
                0, ""));
        boolean completionLogged = false;
        for (List<UserOperationLogEntry> entries : operations.values()) {
            UserOperationLogEntry first = entries.get(0);
            TaskEvent event = event(first.getOperationType(), entries);
            if (event != null) {
                completionLogged |= event.action() == TaskAction.COMPLETED;
                events.add(new Ranked(event, event.action() == TaskAction.COMPLETED ? 2 : 1, first.getId()));
            }
        }
        if (!completionLogged && task.getEndTime() != null && "completed".equals(task.getDeleteReason())) {
            // Completed without an authenticated user: the historic task still knows when and its holder.
            events.add(new Ranked(new TaskEvent(task.getEndTime().toInstant(), task.getAssignee(), TaskAction.COMPLETED,
                    null), 2, ""));
        }
        return events.stream()
                .sorted(Comparator.comparing((Ranked r) -> r.event().time())
                        .thenComparingInt(Ranked::rank)
                        .thenComparing(Ranked::id, TaskHistoryReader::compareIds))
                .map(Ranked::event)
                .toList();
    }

    private static TaskEvent event(String operationType, List<UserOperationLogEntry> entries) {
        UserOperationLogEntry first = entries.get(0);
        UserOperationLogEntry assignee = entries.stream().filter(e -> ASSIGNEE.equals(e.getProperty())).findFirst()
                .orElse(null);
        String newAssignee = assignee == null ? null : assignee.getNewValue();
        String oldAssignee = assignee == null ? null : assignee.getOrgValue();
        TaskAction action;
        String details = null;
        switch (operationType) {
            case UserOperationLogEntry.OPERATION_TYPE_CLAIM, UserOperationLogEntry.OPERATION_TYPE_ASSIGN -> {
                if (newAssignee == null) {
                    action = TaskAction.UNCLAIMED;
                    details = oldAssignee;
                } else if (UserOperationLogEntry.OPERATION_TYPE_CLAIM.equals(operationType)
                        || newAssignee.equals(first.getUserId())) {
                    action = TaskAction.CLAIMED;
                } else {
                    action = TaskAction.ASSIGNED;
                    details = newAssignee;
                }
            }
            case UserOperationLogEntry.OPERATION_TYPE_DELEGATE -> {
                action = TaskAction.DELEGATED;
                details = newAssignee;
            }
            case UserOperationLogEntry.OPERATION_TYPE_COMPLETE -> action = TaskAction.COMPLETED;
            default -> {
                return null;
            }
        }
        return new TaskEvent(first.getTimestamp().toInstant(), first.getUserId(), action, details);
    }

    /** Engine ids are increasing numbers with the default id generator; text order otherwise. */
    private static int compareIds(String a, String b) {
        if (!a.isEmpty() && !b.isEmpty() && a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)) {
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    private record Ranked(TaskEvent event, int rank, String id) {
    }
}
