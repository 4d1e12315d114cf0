package ca.concerto.plan.interchange;

import java.util.List;

/**
 * What changed from one version of a plan document to another. Items are matched by key.
 * Values are shown as text: a string field as the string itself, anything else as its
 * canonical JSON; null when absent.
 *
 * @param documentChanges changed document-level fields ("title", "period", "organizations", ...)
 * @param added           items only in the newer version
 * @param removed         items only in the older version
 * @param moved           items whose parent changed, or whose order among the siblings present in
 *                        both versions changed (the fewest such items are reported)
 * @param changed         items whose own fields changed (children are not fields: they are items)
 */
public record PlanDiff(List<FieldChange> documentChanges, List<ItemAdded> added, List<ItemRemoved> removed,
                       List<ItemMoved> moved, List<ItemChanged> changed) {

    public PlanDiff {
        documentChanges = List.copyOf(documentChanges);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        moved = List.copyOf(moved);
        changed = List.copyOf(changed);
    }

    public boolean isEmpty() {
        return documentChanges.isEmpty() && added.isEmpty() && removed.isEmpty() && moved.isEmpty()
                && changed.isEmpty();
    }

    /** A field that changed: "title", "action.schedule", "period"... */
    public record FieldChange(String field, String oldValue, String newValue) {}

    /** @param parentKey null at the root; position is the index among the parent's children */
    public record ItemAdded(String key, String parentKey, int position, String number, String title) {}

    public record ItemRemoved(String key, String parentKey, int position, String number, String title) {}

    public record ItemMoved(String key, String oldParentKey, int oldPosition, String newParentKey, int newPosition,
                            String title) {}

    public record ItemChanged(String key, String number, String title, List<FieldChange> changes) {
        public ItemChanged {
            changes = List.copyOf(changes);
        }

        public List<String> fieldNames() {
            return changes.stream().map(FieldChange::field).toList();
        }
    }
}
