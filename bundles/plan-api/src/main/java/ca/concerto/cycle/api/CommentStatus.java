package ca.concerto.cycle.api;

/** Where a comment or proposed change stands with the comité de rédaction. */
public enum CommentStatus {
    OPEN, ACCEPTED, REJECTED
}
