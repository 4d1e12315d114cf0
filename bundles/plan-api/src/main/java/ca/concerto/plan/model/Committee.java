package ca.concerto.plan.model;

import java.util.List;

/**
 * A comité, chantier or table de concertation.
 *
 * @param key              identifier in the document
 * @param annex            the annex that presents it ("Annexe B"), null if none
 * @param name             its name
 * @param mission          mission statement, null if none
 * @param context          contexte paragraphs
 * @param mandates         mandats, verbatim with their numbering
 * @param objectives       objectifs, verbatim with their numbering
 * @param means            moyens
 * @param meetingFrequency "4 rencontres par année", null if not stated
 * @param members          its members
 * @param notes            other titled text (definitions, remarks)
 */
public record Committee(String key, String annex, String name, String mission, List<String> context,
                        List<String> mandates, List<String> objectives, List<String> means,
                        String meetingFrequency, List<CommitteeMember> members, List<TextBlock> notes) {
    public Committee {
        key = Texts.required(key, "committee.key");
        if (!PlanItem.KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("clé invalide : " + key);
        }
        annex = Texts.optional(annex);
        name = Texts.required(name, "committee.name");
        mission = Texts.optional(mission);
        context = Texts.texts(context, "context");
        mandates = Texts.texts(mandates, "mandates");
        objectives = Texts.texts(objectives, "objectives");
        means = Texts.texts(means, "means");
        meetingFrequency = Texts.optional(meetingFrequency);
        members = Texts.list(members, "members");
        notes = Texts.list(notes, "notes");
    }
}
