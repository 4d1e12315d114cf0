package ca.concerto.plan.model;

import java.util.List;

/**
 * One line of a communication plan: action × objective × audiences × échéancier.
 *
 * @param audiences keys of {@link Audience}s of the same plan
 * @param schedule  null when the plan leaves the cell empty
 */
public record CommunicationLine(String action, String objective, List<String> audiences, Schedule schedule) {
    public CommunicationLine {
        action = Texts.required(action, "line.action");
        objective = Texts.optional(objective);
        audiences = Texts.texts(audiences, "audiences");
    }
}
