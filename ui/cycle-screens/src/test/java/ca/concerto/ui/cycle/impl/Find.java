package ca.concerto.ui.cycle.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;

/** Finds components of a view by id, as a browser test would. */
final class Find {

    private Find() {
    }

    static <T extends Component> Optional<T> find(Component root, Class<T> type, String id) {
        return descendants(root).filter(c -> id.equals(c.getId().orElse(null))).filter(type::isInstance)
                .map(type::cast).findFirst();
    }

    static <T extends Component> T get(Component root, Class<T> type, String id) {
        return find(root, type, id).orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " #" + id));
    }

    static boolean has(Component root, String id) {
        return find(root, Component.class, id).isPresent();
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
    static String text(Component root, String id) {
        return get(root, Component.class, id).getElement().getTextRecursively();
    }

    /** The texts of the list items under that id. */
    static List<String> items(Component root, String id) {
        return get(root, Component.class, id).getChildren().map(c -> c.getElement().getTextRecursively()).toList();
    }
}
