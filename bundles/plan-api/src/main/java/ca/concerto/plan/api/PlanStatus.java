package ca.concerto.plan.api;

/** Where a plan stands in its adoption cycle. */
public enum PlanStatus {
    /** Being written; may change freely. */
    DRAFT,
    /** Submitted to the adopting body; waiting for its decision. */
    SUBMITTED,
    /** The adopting body asked for changes; back to drafting. */
    CHANGES_REQUESTED,
    /** Adopted by the adopting body. Changing it makes it a draft again, which needs a new adoption. */
    ADOPTED,
    /** The adopted version went out to members and funders ({@link Publication}). */
    PUBLISHED,
    /** Rejected by the adopting body. */
    REJECTED
}
