package ca.concerto.cycle.api;

/** What a member leaves on an item of the draft. */
public enum CommentKind {
    /** A remark. */
    COMMENT,
    /** A change of the item's text, which the comité de rédaction may accept into the next version. */
    PROPOSED_CHANGE
}
