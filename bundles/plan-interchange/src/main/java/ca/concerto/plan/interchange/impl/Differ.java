package ca.concerto.plan.interchange.impl;

import ca.concerto.plan.interchange.PlanDiff;
import ca.concerto.plan.interchange.PlanDiff.FieldChange;
import ca.concerto.plan.interchange.PlanDiff.ItemAdded;
import ca.concerto.plan.interchange.PlanDiff.ItemChanged;
import ca.concerto.plan.interchange.PlanDiff.ItemMoved;
import ca.concerto.plan.interchange.PlanDiff.ItemRemoved;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Computes {@link PlanDiff}s on the interchange tree, so that "changed" means "canonical JSON differs". */
final class Differ {

    private record Place(PlanItem item, String parentKey, int position) {}

    private Differ() {}

    static PlanDiff diff(PlanDocument older, PlanDocument newer) {
        List<FieldChange> documentChanges = fieldChanges("", withoutItems(Trees.document(older)),
                withoutItems(Trees.document(newer)));

        Map<String, Place> before = places(older);
        Map<String, Place> after = places(newer);
        List<ItemAdded> added = new ArrayList<>();
        List<ItemRemoved> removed = new ArrayList<>();
        List<ItemMoved> moved = new ArrayList<>();
        List<ItemChanged> changed = new ArrayList<>();

        for (Place p : after.values()) {
            if (!before.containsKey(p.item().key())) {
                added.add(new ItemAdded(p.item().key(), p.parentKey(), p.position(), p.item().number(),
                        p.item().title()));
            }
        }
        for (Place p : before.values()) {
            if (!after.containsKey(p.item().key())) {
                removed.add(new ItemRemoved(p.item().key(), p.parentKey(), p.position(), p.item().number(),
                        p.item().title()));
            }
        }
        Set<String> movedKeys = movedKeys(before, after);
        for (Place n : after.values()) {
            Place o = before.get(n.item().key());
            if (o == null) {
                continue;
            }
            if (movedKeys.contains(n.item().key())) {
                moved.add(new ItemMoved(n.item().key(), o.parentKey(), o.position(), n.parentKey(), n.position(),
                        n.item().title()));
            }
            Map<String, Object> of = flatItem(o.item());
            Map<String, Object> nf = flatItem(n.item());
            List<FieldChange> changes = fieldChanges("", of, nf);
            if (!changes.isEmpty()) {
                changed.add(new ItemChanged(n.item().key(), n.item().number(), n.item().title(), changes));
            }
        }
        return new PlanDiff(documentChanges, added, removed, moved, changed);
    }

    /**
     * Items whose parent changed, plus, for each parent, the fewest siblings to move so that the
     * remaining common siblings keep their order (complement of a longest common subsequence).
     */
    private static Set<String> movedKeys(Map<String, Place> before, Map<String, Place> after) {
        Set<String> out = new LinkedHashSet<>();
        Map<String, List<String>> oldSiblings = new LinkedHashMap<>();
        Map<String, List<String>> newSiblings = new LinkedHashMap<>();
        for (Place n : after.values()) {
            Place o = before.get(n.item().key());
            if (o == null) {
                continue;
            }
            if (!Objects.equals(o.parentKey(), n.parentKey())) {
                out.add(n.item().key());
            } else {
                newSiblings.computeIfAbsent(String.valueOf(n.parentKey()), k -> new ArrayList<>()).add(n.item().key());
            }
        }
        for (Place o : before.values()) {
            Place n = after.get(o.item().key());
            if (n != null && Objects.equals(o.parentKey(), n.parentKey())) {
                oldSiblings.computeIfAbsent(String.valueOf(o.parentKey()), k -> new ArrayList<>()).add(o.item().key());
            }
        }
        for (Map.Entry<String, List<String>> e : newSiblings.entrySet()) {
            List<String> a = oldSiblings.get(e.getKey());
            List<String> b = e.getValue();
            Set<String> kept = lcs(a, b);
            for (String k : b) {
                if (!kept.contains(k)) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    private static Set<String> lcs(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        Set<String> out = new HashSet<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                out.add(a.get(i));
                i++;
                j++;
            } else if (t[i + 1][j] >= t[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }

    private static Map<String, Place> places(PlanDocument d) {
        Map<String, Place> out = new LinkedHashMap<>();
        collect(d.items(), null, out);
        return out;
    }

    private static void collect(List<PlanItem> items, String parentKey, Map<String, Place> out) {
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            out.put(item.key(), new Place(item, parentKey, i));
            collect(item.children(), item.key(), out);
        }
    }

    /** The item's own fields; action details flattened to "action.schedule", "action.resources"... */
    private static Map<String, Object> flatItem(PlanItem item) {
        Map<String, Object> fields = new LinkedHashMap<>(Trees.itemFields(item).map);
        fields.remove("key");
        Object action = fields.remove("action");
        if (action instanceof Map<?, ?> m) {
            fields.put("action", Boolean.TRUE); // the item is an action
            for (Map.Entry<?, ?> e : m.entrySet()) {
                fields.put("action." + e.getKey(), e.getValue());
            }
        }
        return fields;
    }

    private static Map<String, Object> withoutItems(Map<String, Object> doc) {
        Map<String, Object> m = new LinkedHashMap<>(doc);
        m.remove("items");
        return m;
    }

    private static List<FieldChange> fieldChanges(String prefix, Map<String, Object> a, Map<String, Object> b) {
        Set<String> names = new LinkedHashSet<>(a.keySet());
        names.addAll(b.keySet());
        List<FieldChange> out = new ArrayList<>();
        for (String name : names) {
            String ov = show(a.get(name));
            String nv = show(b.get(name));
            if (!Objects.equals(ov, nv)) {
                out.add(new FieldChange(prefix + name, ov, nv));
            }
        }
        return out;
    }

    private static String show(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        return Json.canonicalString(v);
    }
}
