package ca.concerto.plan.interchange;

import ca.concerto.plan.model.PlanDocument;

/**
 * The JSON interchange format of plan documents (format version 1.0).
 *
 * <p>Canonical form ({@link #canonicalBytes}): UTF-8 JSON with no insignificant whitespace;
 * object keys sorted by code point at every level; null values, empty lists, empty objects and
 * {@code false} booleans omitted; amounts as plain JSON numbers without trailing zeros
 * ("80000", "9.5"); dates as ISO-8601 strings ("2023-09-27"); strings as given (no Unicode
 * normalization), escaped minimally (quotation mark, reverse solidus, control characters),
 * everything else as raw UTF-8. Reading a canonical form and writing it again gives the same bytes.
 */
public interface PlanInterchange {

    /** The document as a pretty-printed JSON file for people: fields in model order, 2-space indent. */
    String write(PlanDocument document);

    /** The canonical form; see the interface comment. */
    byte[] canonicalBytes(PlanDocument document);

    /** Lowercase hexadecimal SHA-256 of {@link #canonicalBytes}: 64 characters. */
    String fingerprint(PlanDocument document);

    /**
     * Reads a plan file (pretty or canonical, any key order and whitespace).
     *
     * @throws InvalidPlanFileException with every problem found: malformed JSON (one problem with
     *         line and column), missing required fields, wrong types, unknown fields, duplicate keys,
     *         unknown level index, unknown references, negative amounts, budget totals...
     */
    PlanDocument read(String json) throws InvalidPlanFileException;

    /** What changed from {@code older} to {@code newer}. */
    PlanDiff diff(PlanDocument older, PlanDocument newer);
}
