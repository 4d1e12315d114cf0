package ca.concerto.plan.interchange;

import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The JSON interchange format of plan documents (format version 1.0).
 *
 * <p>Canonical form ({@link #canonicalBytes}): UTF-8 JSON with no insignificant whitespace;
 * object keys sorted by code point at every level; null values, empty lists, empty objects and
 * {@code false} booleans omitted; amounts as plain JSON numbers without trailing zeros
 * ("80000", "9.5"); dates as ISO-8601 strings ("2023-09-27"); strings as given (no Unicode
 * normalization), escaped minimally (quotation mark, reverse solidus, control characters),
 * everything else as raw UTF-8. Reading a canonical form and writing it again gives the same bytes.
 *
 * <p>Implemented by this bundle only ({@link ProviderType}): methods may be added in minor versions.
 */
@ProviderType
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

    /**
     * The canonical form of one item's own fields, without its children: exactly the object the
     * item has inside {@link #canonicalBytes} minus {@code "children"}. For stores that keep a
     * document's items as separate rows.
     */
    byte[] canonicalItemBytes(PlanItem item);

    /**
     * Reads one item object (as written by {@link #canonicalItemBytes}, or any key order and
     * whitespace; {@code children} are read if present). Only the item's own rules are checked;
     * the rules that need the whole document (unique keys, level range, organization references)
     * are checked when the item is put into a {@link PlanDocument}.
     *
     * @throws InvalidPlanFileException with every problem found, paths from "$" (the item)
     */
    PlanItem readItem(String json) throws InvalidPlanFileException;
}
