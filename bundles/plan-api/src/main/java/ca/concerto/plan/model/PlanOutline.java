package ca.concerto.plan.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The shape of a plan's hierarchy: its numbering by the plan's template, and the structural edits
 * an editor makes (insert, remove, move up or down, indent, outdent). Each edit returns a new
 * document, renumbered, that the {@link PlanDocument} constructor has validated; what cannot be
 * done is refused with an {@link IllegalArgumentException} before anything is built.
 *
 * <p>Numbering follows each level's {@link NumberingStyle}: {@code DECIMAL} items are numbered
 * 1, 2… under their parent and carry the parent's number in front when it has one ("1.2.3");
 * {@code LETTER} items are A, B… ; {@code BULLET} and {@code NONE} items have no number.
 */
public final class PlanOutline {

    /** A structural move of one item (its sub-items come along). */
    public enum Move {
        /** Before its previous sibling. */
        UP,
        /** After its next sibling. */
        DOWN,
        /** Into its previous sibling, as its last sub-item, one level deeper. */
        INDENT,
        /** Out of its parent, right after it, at the parent's level. */
        OUTDENT
    }

    private PlanOutline() {
    }

    /** Each numbered item's number by the template, by item key (items without a number are absent). */
    public static Map<String, String> numbers(PlanDocument document) {
        Map<String, String> out = new HashMap<>();
        collectNumbers(document.levels(), document.items(), null, out);
        return out;
    }

    private static void collectNumbers(List<LevelDefinition> levels, List<PlanItem> siblings, String parentNumber,
                                       Map<String, String> out) {
        int index = 0;
        for (PlanItem item : siblings) {
            String number = numberOf(levels.get(item.level()).numbering(), ++index, parentNumber);
            if (number != null) {
                out.put(item.key(), number);
            }
            collectNumbers(levels, item.children(), number, out);
        }
    }

    private static String numberOf(NumberingStyle style, int index, String parentNumber) {
        return switch (style) {
            case DECIMAL -> parentNumber == null ? String.valueOf(index) : parentNumber + "." + index;
            case LETTER -> letters(index);
            case BULLET, NONE -> null;
        };
    }

    /** 1 → A, 26 → Z, 27 → AA. */
    private static String letters(int index) {
        StringBuilder out = new StringBuilder();
        for (int n = index; n > 0; n = (n - 1) / 26) {
            out.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return out.toString();
    }

    /** The document with every item numbered by the template (items of unnumbered levels keep their own). */
    public static PlanDocument renumber(PlanDocument document) {
        Map<String, String> numbers = numbers(document);
        return document.withItems(renumber(document.levels(), document.items(), numbers));
    }

    private static List<PlanItem> renumber(List<LevelDefinition> levels, List<PlanItem> items,
                                           Map<String, String> numbers) {
        List<PlanItem> out = new ArrayList<>(items.size());
        for (PlanItem item : items) {
            boolean numbered = switch (levels.get(item.level()).numbering()) {
                case DECIMAL, LETTER -> true;
                case BULLET, NONE -> false;
            };
            String number = numbered ? numbers.get(item.key()) : item.number();
            out.add(new PlanItem(item.key(), item.level(), number, item.title(), item.description(), item.action(),
                    renumber(levels, item.children(), numbers)));
        }
        return out;
    }

    /** The level a new item takes under {@code parentKey} (null: at the top), or -1 if the template has none deeper. */
    public static int levelUnder(PlanDocument document, String parentKey) {
        int level = parentKey == null ? 0 : find(document, parentKey).level() + 1;
        return level < document.levels().size() ? level : -1;
    }

    /**
     * Inserts a new item (without sub-items) under {@code parentKey}, or at the top when it is null, at
     * {@code position} among that parent's sub-items (0 is first; their count is last). The item takes
     * the level below its parent; its number is given by the template.
     */
    public static PlanDocument insert(PlanDocument document, String parentKey, int position, PlanItem item) {
        Objects.requireNonNull(item, "item");
        if (!item.children().isEmpty()) {
            throw new IllegalArgumentException("a new item has no sub-items yet");
        }
        if (contains(document.items(), item.key())) {
            throw new IllegalArgumentException("the plan already has an item " + item.key());
        }
        int level = levelUnder(document, parentKey);
        if (level < 0) {
            throw new IllegalArgumentException("the plan's template has no level below " + parentKey);
        }
        List<PlanItem> siblings = parentKey == null ? document.items() : find(document, parentKey).children();
        if (position < 0 || position > siblings.size()) {
            throw new IllegalArgumentException("position " + position + " is not between 0 and " + siblings.size());
        }
        PlanItem placed = new PlanItem(item.key(), level, item.number(), item.title(), item.description(),
                item.action(), List.of());
        List<PlanItem> newSiblings = new ArrayList<>(siblings);
        newSiblings.add(position, placed);
        return renumber(withSiblings(document, parentKey, newSiblings));
    }

    /** Removes an item and its sub-items. */
    public static PlanDocument remove(PlanDocument document, String key) {
        String parentKey = parentKey(document, key);
        List<PlanItem> siblings = new ArrayList<>(siblingsOf(document, parentKey));
        siblings.removeIf(i -> i.key().equals(key));
        return renumber(withSiblings(document, parentKey, siblings));
    }

    /** Whether {@link #move} would accept this move of this item. */
    public static boolean canMove(PlanDocument document, String key, Move move) {
        String parentKey = parentKey(document, key);
        List<PlanItem> siblings = siblingsOf(document, parentKey);
        int index = indexOf(siblings, key);
        PlanItem item = siblings.get(index);
        return switch (move) {
            case UP -> index > 0;
            case DOWN -> index < siblings.size() - 1;
            case INDENT -> index > 0
                    && depthBelow(item) + siblings.get(index - 1).level() + 1 < document.levels().size();
            case OUTDENT -> parentKey != null;
        };
    }

    /** Moves an item with its sub-items; refused when {@link #canMove} says no. */
    public static PlanDocument move(PlanDocument document, String key, Move move) {
        Objects.requireNonNull(move, "move");
        if (!canMove(document, key, move)) {
            throw new IllegalArgumentException("item " + key + " cannot move " + move);
        }
        String parentKey = parentKey(document, key);
        List<PlanItem> siblings = new ArrayList<>(siblingsOf(document, parentKey));
        int index = indexOf(siblings, key);
        PlanItem item = siblings.get(index);
        switch (move) {
            case UP, DOWN -> {
                int other = move == Move.UP ? index - 1 : index + 1;
                siblings.set(index, siblings.get(other));
                siblings.set(other, item);
                return renumber(withSiblings(document, parentKey, siblings));
            }
            case INDENT -> {
                PlanItem newParent = siblings.get(index - 1);
                List<PlanItem> children = new ArrayList<>(newParent.children());
                children.add(shift(item, newParent.level() + 1 - item.level()));
                siblings.set(index - 1, newParent.withChildren(children));
                siblings.remove(index);
                return renumber(withSiblings(document, parentKey, siblings));
            }
            case OUTDENT -> {
                PlanItem parent = find(document, parentKey);
                siblings.remove(index);
                PlanDocument without = withSiblings(document, parentKey, siblings);
                String grandParentKey = parentKey(document, parentKey);
                List<PlanItem> outer = new ArrayList<>(siblingsOf(without, grandParentKey));
                outer.add(indexOf(outer, parentKey) + 1, shift(item, parent.level() - item.level()));
                return renumber(withSiblings(without, grandParentKey, outer));
            }
            default -> throw new IllegalStateException(move.name());
        }
    }

    /** The item of that key; {@link IllegalArgumentException} if the document has none. */
    public static PlanItem find(PlanDocument document, String key) {
        PlanItem found = find(document.items(), key);
        if (found == null) {
            throw new IllegalArgumentException("the plan has no item " + key);
        }
        return found;
    }

    /** The key of the item's parent, null for a top item. */
    public static String parentKey(PlanDocument document, String key) {
        find(document, key);
        return parentKey(document.items(), null, key);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static PlanItem find(List<PlanItem> items, String key) {
        for (PlanItem item : items) {
            if (item.key().equals(key)) {
                return item;
            }
            PlanItem inside = find(item.children(), key);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    private static boolean contains(List<PlanItem> items, String key) {
        return find(items, key) != null;
    }

    private static String parentKey(List<PlanItem> items, String parent, String key) {
        for (PlanItem item : items) {
            if (item.key().equals(key)) {
                return parent;
            }
            String inside = parentKey(item.children(), item.key(), key);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    private static List<PlanItem> siblingsOf(PlanDocument document, String parentKey) {
        return parentKey == null ? document.items() : find(document, parentKey).children();
    }

    private static int indexOf(List<PlanItem> siblings, String key) {
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no item " + key + " among these");
    }

    /** How many levels the item's deepest sub-item lies below it (0 without sub-items). */
    private static int depthBelow(PlanItem item) {
        int deepest = 0;
        for (PlanItem child : item.children()) {
            deepest = Math.max(deepest, child.level() - item.level() + depthBelow(child));
        }
        return deepest;
    }

    private static PlanItem shift(PlanItem item, int delta) {
        List<PlanItem> children = item.children().stream().map(c -> shift(c, delta)).toList();
        return new PlanItem(item.key(), item.level() + delta, item.number(), item.title(), item.description(),
                item.action(), children);
    }

    private static PlanDocument withSiblings(PlanDocument document, String parentKey, List<PlanItem> siblings) {
        if (parentKey == null) {
            return document.withItems(siblings);
        }
        return document.withItems(replaceChildren(document.items(), parentKey, siblings));
    }

    private static List<PlanItem> replaceChildren(List<PlanItem> items, String parentKey, List<PlanItem> children) {
        List<PlanItem> out = new ArrayList<>(items.size());
        for (PlanItem item : items) {
            out.add(item.key().equals(parentKey) ? item.withChildren(children)
                    : item.withChildren(replaceChildren(item.children(), parentKey, children)));
        }
        return out;
    }
}
