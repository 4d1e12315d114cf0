package ca.concerto.plan.model;

/**
 * A person on a committee.
 *
 * @param name            the person ("Marie-Josée Routhier"; "À confirmer" when the plan says so)
 * @param affiliation     what the plan writes after the name ("CSSS de Trois-Rivières", "citoyen"), verbatim
 * @param organizationKey the organization the person represents, when it is one of the document's
 * @param role            role on the committee ("Trésorier"), null if none
 * @param status          member, potential, associated
 */
public record CommitteeMember(String name, String affiliation, String organizationKey, String role,
                              MemberStatus status) {
    public CommitteeMember {
        name = Texts.required(name, "member.name");
        affiliation = Texts.optional(affiliation);
        organizationKey = Texts.optional(organizationKey);
        role = Texts.optional(role);
        if (status == null) {
            status = MemberStatus.MEMBER;
        }
    }
}
