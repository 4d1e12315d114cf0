package ca.concerto.plan.model;

import java.util.List;

/**
 * A titled piece of free text with nested blocks: project descriptions, contexts, definitions.
 * Paragraphs are verbatim; list items keep their marker ("- ", "1. ").
 */
public record TextBlock(String heading, List<String> paragraphs, List<TextBlock> blocks) {
    public TextBlock {
        heading = Texts.optional(heading);
        paragraphs = Texts.texts(paragraphs, "paragraphs");
        blocks = Texts.list(blocks, "blocks");
        if (heading == null && paragraphs.isEmpty() && blocks.isEmpty()) {
            throw new IllegalArgumentException("un bloc de texte vide");
        }
    }
}
