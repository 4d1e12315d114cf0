package ca.concerto.engine.impl;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Delegates and listeners by name, as the OSGi registry offers them (property {@code concerto.delegate.name}).
 * When several services carry the same name, the one with the highest service ranking wins, then the
 * lowest service id (the OSGi rule). Thread-safe: the engine reads it from job-executor threads while
 * services come and go.
 */
public final class DelegateRegistry {

    /** The service property that names a delegate for {@code delegateExpression="${name}"}. */
    public static final String NAME_PROPERTY = "concerto.delegate.name";

    /** One registered service under a name. */
    public record Entry(long serviceId, int ranking, Object service) {
    }

    private static final Comparator<Entry> BEST_FIRST =
            Comparator.comparingInt(Entry::ranking).reversed().thenComparingLong(Entry::serviceId);

    private final Map<String, List<Entry>> byName = new ConcurrentHashMap<>();

    /** Adds (or replaces, by service id) a service under a name. */
    public void add(String name, long serviceId, int ranking, Object service) {
        byName.compute(name, (n, list) -> {
            List<Entry> l = list == null ? new CopyOnWriteArrayList<>() : list;
            l.removeIf(e -> e.serviceId() == serviceId);
            l.add(new Entry(serviceId, ranking, service));
            l.sort(BEST_FIRST);
            return l;
        });
    }

    /** Removes the service with that id from a name; unknown ids are ignored. */
    public void remove(String name, long serviceId) {
        byName.computeIfPresent(name, (n, list) -> {
            list.removeIf(e -> e.serviceId() == serviceId);
            return list.isEmpty() ? null : list;
        });
    }

    /** The best service under that name, if any. */
    public Optional<Object> lookup(String name) {
        List<Entry> list = byName.get(name);
        if (list == null) {
            return Optional.empty();
        }
        for (Entry e : list) {
            return Optional.of(e.service());
        }
        return Optional.empty();
    }

    /** Whether a service is registered under that name. */
    public boolean contains(String name) {
        return lookup(name).isPresent();
    }

    /** The names with at least one service. */
    public Set<String> names() {
        return Set.copyOf(byName.keySet());
    }

    /** The names a service property value gives: a String, or a String array or collection (several names). */
    public static List<String> namesOf(Object property) {
        if (property instanceof String s) {
            return s.isBlank() ? List.of() : List.of(s.strip());
        }
        if (property instanceof String[] a) {
            return java.util.Arrays.stream(a).filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        }
        if (property instanceof java.util.Collection<?> c) {
            return c.stream().filter(o -> o instanceof String s && !s.isBlank()).map(o -> ((String) o).strip()).toList();
        }
        return List.of();
    }
}
