package ca.concerto.plan.model;

import java.util.List;

/** An annexed plan de communication: its audiences ("Cible 1..4") and its lines. */
public record CommunicationPlan(String key, String annex, String title, List<Audience> audiences,
                                List<CommunicationLine> lines) {
    public CommunicationPlan {
        key = Texts.required(key, "communicationPlan.key");
        annex = Texts.optional(annex);
        title = Texts.required(title, "communicationPlan.title");
        audiences = Texts.list(audiences, "audiences");
        lines = Texts.list(lines, "lines");
    }
}
