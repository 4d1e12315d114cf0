package ca.concerto.plan.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import ca.concerto.plan.model.Committee;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.PlanOutline;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A plan's full content as a {@link PlanDocument}: the working draft that people edit, and its
 * immutable versions. Every method works inside the regroupement it is given; another
 * regroupement's plan is absent ({@link PlanNotFoundException}). Each write is one transaction.
 */
@ProviderType
public interface PlanDocumentService {

    /**
     * Stores a document as a new plan of the regroupement, in {@link PlanStatus#DRAFT}, and
     * records it as version 1.
     */
    PlanSummary importDocument(String regroupementId, PlanDocument document, String importedBy);

    /** The plan's working document. */
    Optional<PlanDocument> document(String regroupementId, long planId);

    /**
     * The plan's working document without its items: its statements, organizations, committees,
     * projects and the rest, for pages that show those and not the hierarchy. Cheaper than
     * {@link #document} on long plans; this default reads the whole document.
     *
     * @since 1.7
     */
    default Optional<PlanDocument> header(String regroupementId, long planId) {
        return document(regroupementId, planId).map(d -> d.withItems(List.of()));
    }

    /** The revision of each item of the working document, by item key, for optimistic edits. */
    Map<String, Long> itemRevisions(String regroupementId, long planId);

    /**
     * Replaces one item's own fields (number, title, description, action details; not its place
     * or its children) if nobody saved it since {@code expectedRevision}.
     *
     * @return the item's new revision
     * @throws EditConflictException if the item changed meanwhile; nothing is written
     * @throws IllegalArgumentException if no item has that key, or the change would make the document invalid
     */
    default long updateItem(String regroupementId, long planId, String itemKey, long expectedRevision,
                            PlanItem changed, String editedBy) {
        return updateItem(regroupementId, planId, itemKey, expectedRevision, changed, List.of(), editedBy);
    }

    /**
     * The same, adding first, in the same transaction, those of {@code newOrganizations} the plan does not
     * list yet (organizations of the regroupement's directory picked in the editor, which the item may then
     * refer to by their key). One the plan already lists under the same key and name is left as it is.
     *
     * @throws IllegalArgumentException also if the plan lists one of those keys for another organization
     * @since 1.6
     */
    long updateItem(String regroupementId, long planId, String itemKey, long expectedRevision, PlanItem changed,
                    List<ca.concerto.plan.model.Organization> newOrganizations, String editedBy);

    /**
     * Adds a new item, with only a title, under {@code parentKey} (null: at the top of the plan) at
     * {@code position} among that parent's sub-items; the item takes the level below its parent and
     * the plan is renumbered by its template ({@link PlanOutline}).
     *
     * @return the new item's key, chosen by the store
     * @throws IllegalArgumentException if the parent is unknown, the template has no level below it,
     *                                  the position is out of range or the title is blank
     */
    String addItem(String regroupementId, long planId, String parentKey, int position, String title,
                   String editedBy);

    /**
     * Removes an item and its sub-items, then renumbers the plan. Past versions keep them.
     *
     * @throws IllegalArgumentException if the plan has no such item
     */
    void removeItem(String regroupementId, long planId, String itemKey, String editedBy);

    /**
     * Moves an item with its sub-items (up, down, indent, outdent), then renumbers the plan.
     *
     * @throws IllegalArgumentException if the plan has no such item or the move is not possible
     *                                  ({@link PlanOutline#canMove})
     */
    void moveItem(String regroupementId, long planId, String itemKey, PlanOutline.Move move, String editedBy);

    /**
     * Writes one committee (comité, chantier, table) of the working document: added after the others
     * when {@code expected} is null, otherwise put in place of the stored committee of that key if it is
     * still exactly {@code expected}. Those of {@code newOrganizations} the plan does not list are added
     * first, as by {@link #updateItem(String, long, String, long, PlanItem, List, String)}, so that its
     * members may refer to them. Like any change of content, it makes an adopted plan a draft again.
     *
     * @throws CommitteeConflictException if the committee changed or was removed meanwhile, or a committee
     *                                    already has the new one's key; nothing is written
     * @throws IllegalArgumentException   if the change would make the document invalid (a member's
     *                                    organization the plan does not list)
     * @since 1.10
     */
    void saveCommittee(String regroupementId, long planId, Committee expected, Committee changed,
                       List<ca.concerto.plan.model.Organization> newOrganizations, String editedBy);

    /**
     * Removes one committee of the working document if it is still exactly {@code expected}.
     *
     * @throws CommitteeConflictException if it changed or was removed meanwhile; nothing is written
     * @throws IllegalArgumentException   if a meeting or a project of the plan refers to it
     * @since 1.10
     */
    void removeCommittee(String regroupementId, long planId, Committee expected, String editedBy);

    /** Records the working document as the plan's next immutable version. */
    PlanVersion recordVersion(String regroupementId, long planId, String createdBy, String note);

    /** The plan's versions, oldest first. */
    List<PlanVersion> versions(String regroupementId, long planId);

    /** The document of one version, exactly as recorded. */
    Optional<PlanDocument> versionDocument(String regroupementId, long planId, int number);
}
