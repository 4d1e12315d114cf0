package ca.concerto.cycle.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The bilan annuel: each action of the plan with its latest status from the follow-up meetings,
 * and the number of actions per status.
 *
 * @param counts     actions per status (every status present, zero included)
 * @param unreported actions that no follow-up meeting gave a status
 */
public record AnnualReport(long cycleId, long planId, String period, List<Line> actions,
                           Map<ActionProgress, Integer> counts, int unreported, int followUpMeetings) {

    public AnnualReport {
        actions = List.copyOf(actions);
        counts = Map.copyOf(counts);
    }

    /**
     * One action in the bilan.
     *
     * @param progress   its latest status, null if never reported
     * @param reportedOn the date of the meeting that reported it, null if never reported
     */
    public record Line(String itemKey, String number, String title, ActionProgress progress, String comment,
                       LocalDate reportedOn, boolean carriedOver) {
    }
}
