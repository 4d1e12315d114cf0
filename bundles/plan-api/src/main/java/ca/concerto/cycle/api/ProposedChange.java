package ca.concerto.cycle.api;

/**
 * The text a member proposes for an item: its new title, and its new description (null keeps the
 * item's description as it is).
 */
public record ProposedChange(String title, String description) {

    public ProposedChange {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("proposal.title is required");
        }
        title = title.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }
}
