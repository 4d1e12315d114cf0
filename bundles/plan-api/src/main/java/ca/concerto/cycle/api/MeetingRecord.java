package ca.concerto.cycle.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What a facilitator records of a meeting: its date, goals, who attended, the minutes
 * (procès-verbal) and the decisions taken.
 */
public record MeetingRecord(LocalDate date, List<String> goals, List<Attendee> attendees, String minutes,
                            List<String> decisions) {

    public MeetingRecord {
        if (date == null) {
            throw new IllegalArgumentException("meeting.date is required");
        }
        goals = lines(goals);
        attendees = List.copyOf(attendees);
        decisions = lines(decisions);
        minutes = minutes == null || minutes.isBlank() ? null : minutes.strip();
    }

    private static List<String> lines(List<String> items) {
        return items.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }
}
