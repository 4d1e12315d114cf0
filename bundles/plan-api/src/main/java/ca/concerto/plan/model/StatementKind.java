package ca.concerto.plan.model;

/** What a statement at the head of a plan is. */
public enum StatementKind { MISSION, PRIORITIES, PREAMBLE, OVERVIEW, OTHER }
