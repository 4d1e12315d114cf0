package ca.concerto.plan.model;

import java.util.List;

/** Mission, priorities, preamble or overview text of a plan, paragraphs verbatim. */
public record Statement(StatementKind kind, String heading, List<String> paragraphs) {
    public Statement {
        if (kind == null) {
            kind = StatementKind.OTHER;
        }
        heading = Texts.optional(heading);
        paragraphs = Texts.texts(paragraphs, "paragraphs");
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("statement.paragraphs est obligatoire");
        }
    }
}
