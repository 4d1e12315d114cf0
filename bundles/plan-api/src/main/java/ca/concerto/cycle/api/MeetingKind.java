package ca.concerto.cycle.api;

/** The meetings of a cycle. */
public enum MeetingKind {
    /** A rencontre of the chantier or committee while the plan is written. */
    RENCONTRE,
    /** A follow-up meeting (suivi) of an adopted plan, where actions get their status. */
    FOLLOW_UP
}
