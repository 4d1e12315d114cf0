package ca.concerto.cycle.api;

import java.time.Instant;

/**
 * A comment or a proposed change on one item of the draft, and the comité de rédaction's answer.
 *
 * @param draftVersion the plan version the comment was made on
 * @param proposal     the proposed text, for a {@link CommentKind#PROPOSED_CHANGE}; null for a comment
 * @param reason       the committee's reason for accepting or rejecting, null while open
 */
public record ItemComment(long id, long cycleId, String itemKey, int draftVersion, CommentKind kind, String text,
                          ProposedChange proposal, String author, Instant createdAt, CommentStatus status,
                          String reason, String reviewedBy, Instant reviewedAt) {
}
