package ca.concerto.plan.model;

import java.util.List;

/** Small helpers shared by the records' compact constructors. */
final class Texts {
    private Texts() {}

    static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " est obligatoire");
        }
        return value;
    }

    /** Blank optional text becomes null, so that "absent" has one representation. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static <T> List<T> list(List<T> values, String name) {
        if (values == null) {
            return List.of();
        }
        for (T v : values) {
            if (v == null) {
                throw new IllegalArgumentException(name + " contient un élément nul");
            }
        }
        return List.copyOf(values);
    }

    static List<String> texts(List<String> values, String name) {
        List<String> copy = list(values, name);
        for (String v : copy) {
            if (v.isBlank()) {
                throw new IllegalArgumentException(name + " contient un texte vide");
            }
        }
        return copy;
    }
}
