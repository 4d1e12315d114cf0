package ca.concerto.plan.model;

/**
 * An organization the plan refers to.
 *
 * @param key     identifier in the document, referenced by actions, committee members, funders
 * @param name    full name ("Conférence régionale des élus de la Mauricie")
 * @param acronym short name the plan uses ("CRÉ"), null if none
 * @param kind    member, partner, funder or other
 */
public record Organization(String key, String name, String acronym, OrganizationKind kind) {
    public Organization {
        key = Texts.required(key, "organization.key");
        if (!PlanItem.KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("clé invalide : " + key);
        }
        name = Texts.required(name, "organization.name");
        acronym = Texts.optional(acronym);
        if (kind == null) {
            kind = OrganizationKind.OTHER;
        }
    }
}
