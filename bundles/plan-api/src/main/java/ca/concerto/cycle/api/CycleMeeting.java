package ca.concerto.cycle.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded meeting of a cycle.
 *
 * @param number the meeting's rank among the cycle's meetings of its kind (rencontre 1, 2...)
 */
public record CycleMeeting(long id, long cycleId, MeetingKind kind, int number, LocalDate date, List<String> goals,
                           List<Attendee> attendees, String minutes, List<String> decisions, String recordedBy,
                           Instant recordedAt) {

    public CycleMeeting {
        goals = List.copyOf(goals);
        attendees = List.copyOf(attendees);
        decisions = List.copyOf(decisions);
    }
}
