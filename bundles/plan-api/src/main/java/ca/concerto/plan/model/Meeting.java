package ca.concerto.plan.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A rencontre of the cycle (chantier, committee, CA).
 *
 * @param key        identifier in the document
 * @param title      "Rencontre 2 : valider la vision"
 * @param dateText   the date as written, null if none
 * @param date       derived date, null if not derivable
 * @param committeeKey the committee that meets, null if none
 * @param goals      the meeting's goals
 * @param attendees  attendees as written ("Marie Tremblay (CDC Des Chenaux)")
 */
public record Meeting(String key, String title, String dateText, LocalDate date, String committeeKey,
                      List<String> goals, List<String> attendees) {
    public Meeting {
        key = Texts.required(key, "meeting.key");
        if (!PlanItem.KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("clé invalide : " + key);
        }
        title = Texts.required(title, "meeting.title");
        dateText = Texts.optional(dateText);
        committeeKey = Texts.optional(committeeKey);
        goals = Texts.texts(goals, "goals");
        attendees = Texts.texts(attendees, "attendees");
    }
}
