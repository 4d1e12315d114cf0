package ca.concerto.engine.impl;

import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The engine's {@code beans} map, read-only and live: the engine's EL resolver asks
 * {@code containsKey(name)} then {@code get(name)} each time it evaluates {@code ${name}}, so delegates
 * that come and go in the OSGi registry are seen at once, on any thread.
 */
final class RegistryBeans extends AbstractMap<Object, Object> {

    private final DelegateRegistry registry;

    RegistryBeans(DelegateRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && registry.contains(name);
    }

    @Override
    public Object get(Object key) {
        return key instanceof String name ? registry.lookup(name).orElse(null) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        Set<Entry<Object, Object>> entries = new LinkedHashSet<>();
        for (String name : registry.names()) {
            registry.lookup(name).ifPresent(s -> entries.add(new SimpleImmutableEntry<>(name, s)));
        }
        return entries;
    }
}
