package ca.concerto.ui.plans.impl;

import java.util.Objects;

import ca.concerto.plan.model.PlanItem;

/**
 * One row of the editor's tree: an item with its number and level name as the plan's template
 * gives them. Rows are equal by item key, so that the tree keeps its selection and expansion when
 * the item's fields or sub-items change.
 */
record OutlineRow(PlanItem item, String number, String levelName) {

    String key() {
        return item.key();
    }

    /** "1.2 Title", or the title alone for an unnumbered item. */
    String label() {
        return number == null ? item.title() : number + " " + item.title();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutlineRow row && row.key().equals(key());
    }

    @Override
    public int hashCode() {
        return Objects.hash(key());
    }
}
