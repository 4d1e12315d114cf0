package ca.concerto.ui.plans.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;

/** Finds components of a view built outside a running UI, by id. */
final class Find {

    private Find() {
    }

    static <T extends Component> Optional<T> find(Component root, Class<T> type, String id) {
        return descendants(root).filter(c -> id.equals(c.getId().orElse(null))).filter(type::isInstance)
                .map(type::cast).findFirst();
    }

    static Stream<Component> descendants(Component root) {
        List<Component> all = new ArrayList<>();
        collect(root, all);
        return all.stream();
    }

    private static void collect(Component component, List<Component> into) {
        into.add(component);
        component.getChildren().forEach(child -> collect(child, into));
    }

    /** The element's own text and its children's, as the page reads. */
    static String allText(Component root, String id) {
        return find(root, Component.class, id).orElseThrow(() -> new AssertionError("no " + id)).getElement()
                .getTextRecursively();
    }
}
