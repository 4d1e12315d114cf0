package ca.concerto.plan.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One node of the plan's hierarchy: a volet, an objective, an action, a proposition...
 *
 * @param key         stable identifier, unique in the document, kept across versions (diffs match on it)
 * @param level       index into {@link PlanDocument#levels()}; a child's level is greater than its parent's
 * @param number      the number as the plan writes it ("1.1.1", "A", "2.1"), null if none
 * @param title       the item's text as the plan writes it
 * @param description further text (paragraphs separated by a blank line), null if none
 * @param action      action details, null for items that are not actions
 * @param children    sub-items in the plan's order
 */
public record PlanItem(String key, int level, String number, String title, String description,
                       ActionDetails action, List<PlanItem> children) {

    /** Keys: letters, digits, '.', '_', ':' and '-', starting with a letter or digit. */
    public static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

    public PlanItem {
        key = Texts.required(key, "item.key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("clé invalide : " + key);
        }
        if (level < 0) {
            throw new IllegalArgumentException("item.level doit être positif ou nul");
        }
        number = Texts.optional(number);
        title = Texts.required(title, "item.title");
        description = Texts.optional(description);
        children = Texts.list(children, "children");
    }

    public PlanItem withChildren(List<PlanItem> newChildren) {
        return new PlanItem(key, level, number, title, description, action, newChildren);
    }

    public PlanItem withTitle(String newTitle) {
        return new PlanItem(key, level, number, newTitle, description, action, children);
    }
}
