package ca.concerto.plan.model;

/** The relation of an organization to the regroupement in this plan. */
public enum OrganizationKind { MEMBER, PARTNER, FUNDER, OTHER }
