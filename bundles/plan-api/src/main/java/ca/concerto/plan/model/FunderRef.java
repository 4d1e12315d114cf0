package ca.concerto.plan.model;

/** A possible funder (bailleur de fonds) of a project, with the plan's remark ("en attente de réponses pour mai 2009"). */
public record FunderRef(String organizationKey, String note) {
    public FunderRef {
        organizationKey = Texts.required(organizationKey, "funder.organizationKey");
        note = Texts.optional(note);
    }
}
