package ca.concerto.plan.model;

import java.time.LocalDate;

/**
 * The adoption record the plan itself states ("Adopté le 27 septembre 2023", "À être adopté
 * par le comité de coordination"). The decision workflow records its own decisions elsewhere.
 *
 * @param body      adopting body, null if the plan does not say
 * @param bodyLabel the body as the plan names it, null if none
 * @param text      the plan's text, verbatim
 * @param date      derived adoption date, null when not adopted yet or not stated
 */
public record Adoption(AdoptingBody body, String bodyLabel, String text, LocalDate date) {
    public Adoption {
        bodyLabel = Texts.optional(bodyLabel);
        text = Texts.required(text, "adoption.text");
    }
}
