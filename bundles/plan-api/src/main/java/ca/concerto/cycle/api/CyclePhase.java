package ca.concerto.cycle.api;

/** Where a plan's cycle stands, in the order of the cycle. */
public enum CyclePhase {
    /** Members and partners are asked for their input, until the consultation deadline. */
    CONSULTATION,
    /** Rencontres of the chantier or committee, as many as the cycle needs. */
    MEETINGS,
    /** The comité de rédaction writes a version of the plan. */
    DRAFTING,
    /** The draft is open for comments and proposed changes, until the comment deadline. */
    COMMENTS,
    /** The comité de rédaction accepts or rejects each comment and proposed change. */
    REVIEW,
    /** The adopting body decides on the exact version. */
    ADOPTION,
    /** Adopted: to publish. */
    PUBLICATION,
    /** Published: follow-up meetings record each action's progress. */
    FOLLOW_UP,
    /** The annual bilan is done; the next cycle can start from this plan. */
    CLOSED,
    /** The adopting body rejected the plan. */
    REJECTED
}
