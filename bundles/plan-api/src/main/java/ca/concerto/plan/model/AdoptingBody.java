package ca.concerto.plan.model;

/** The instance that adopts a plan. */
public enum AdoptingBody { CONSEIL_ADMINISTRATION, ASSEMBLEE_GENERALE, COMITE_COORDINATION, OTHER }
