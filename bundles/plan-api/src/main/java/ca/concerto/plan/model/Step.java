package ca.concerto.plan.model;

/** A realization step of an action: "Diffuser les bons coups (RH)" is text + actor "RH". */
public record Step(String text, String actor) {
    public Step {
        text = Texts.required(text, "step.text");
        actor = Texts.optional(actor);
    }
}
