package ca.concerto.plan.model;

/** A target audience of a communication plan: key "1", label "Cible 1", its definition. */
public record Audience(String key, String label, String definition) {
    public Audience {
        key = Texts.required(key, "audience.key");
        label = Texts.required(label, "audience.label");
        definition = Texts.optional(definition);
    }
}
