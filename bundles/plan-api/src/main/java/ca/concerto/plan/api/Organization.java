package ca.concerto.plan.api;

/** A member or partner organization (organisme membre, partenaire) of a regroupement. */
public record Organization(long id, String regroupementId, String name, OrganizationKind kind) {

    public enum OrganizationKind { MEMBER, PARTNER }
}
