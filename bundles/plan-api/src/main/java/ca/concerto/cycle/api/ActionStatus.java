package ca.concerto.cycle.api;

import java.time.Instant;

/** An action's status and comment, as recorded at one follow-up meeting. */
public record ActionStatus(long id, long cycleId, long meetingId, String itemKey, ActionProgress progress,
                           String comment, String reportedBy, Instant reportedAt) {
}
