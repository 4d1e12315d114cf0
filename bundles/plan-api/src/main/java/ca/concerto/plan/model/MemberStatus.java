package ca.concerto.plan.model;

/** A committee member's standing: current member, potential member, involved without sitting on it. */
public enum MemberStatus { MEMBER, POTENTIAL, ASSOCIATED }
