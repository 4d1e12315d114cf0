package ca.concerto.ui.cycle.impl;

import java.util.List;
import java.util.stream.Collectors;

import ca.concerto.plan.interchange.PlanDiff;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * What changed between two versions of a plan, in words: the document's own fields, then the items
 * added, removed, moved and changed (each changed field with its old and new value). Each list has
 * its id, {@code <prefix>-added} and so on, and a heading that counts it.
 */
class PlanChanges extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Messages messages;

    PlanChanges(Messages messages, PlanDiff diff, String idPrefix) {
        this.messages = messages;
        setPadding(false);
        if (!diff.documentChanges().isEmpty()) {
            list(idPrefix + "-document", "diff.document", diff.documentChanges().stream()
                    .map(this::fieldChange).toList());
        }
        if (!diff.added().isEmpty()) {
            list(idPrefix + "-added", "diff.added", diff.added().stream()
                    .map(a -> item(a.number(), a.title())).toList());
        }
        if (!diff.removed().isEmpty()) {
            list(idPrefix + "-removed", "diff.removed", diff.removed().stream()
                    .map(r -> item(r.number(), r.title())).toList());
        }
        if (!diff.moved().isEmpty()) {
            list(idPrefix + "-moved", "diff.moved", diff.moved().stream().map(PlanDiff.ItemMoved::title).toList());
        }
        if (!diff.changed().isEmpty()) {
            list(idPrefix + "-changed", "diff.changed", diff.changed().stream()
                    .map(c -> messages.format("diff.changedItem", item(c.number(), c.title()),
                            c.changes().stream().map(this::fieldChange).collect(Collectors.joining(" ; "))))
                    .toList());
        }
    }

    private String item(String number, String title) {
        return number == null ? title : messages.format("item.label", number, title);
    }

    private String fieldChange(PlanDiff.FieldChange change) {
        return messages.format("diff.fieldChange", messages.diffField(change.field()),
                change.oldValue() == null ? messages.get("diff.empty") : change.oldValue(),
                change.newValue() == null ? messages.get("diff.empty") : change.newValue());
    }

    private void list(String id, String headingKey, List<String> lines) {
        VerticalLayout block = new VerticalLayout();
        block.setPadding(false);
        block.setSpacing(false);
        H4 heading = new H4(messages.format(headingKey, lines.size()));
        heading.setId(id + "-heading");
        UnorderedList list = new UnorderedList();
        list.setId(id);
        lines.forEach(l -> list.add(new ListItem(l)));
        block.add(heading, list);
        add(block);
    }
}
