package ca.concerto.ui.plans.impl;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;

/** A full-width section of a screen under its heading; the heading's id is the section's plus "-heading". */
final class TitledSection {

    private TitledSection() {
    }

    static Section of(Messages messages, String id, String headingKey) {
        Section section = new Section();
        section.setId(id);
        section.setWidthFull();
        H3 heading = new H3(messages.get(headingKey));
        heading.setId(id + "-heading");
        section.add(heading);
        return section;
    }
}
