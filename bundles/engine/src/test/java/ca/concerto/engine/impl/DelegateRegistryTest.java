package ca.concerto.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The registry as a fake OSGi registry would feed it, and the beans map the engine reads. */
class DelegateRegistryTest {

    @Test
    void highestRankingThenLowestIdWins() {
        DelegateRegistry r = new DelegateRegistry();
        r.add("d", 5, 0, "five");
        r.add("d", 3, 0, "three");
        assertEquals("three", r.lookup("d").orElseThrow());
        r.add("d", 9, 10, "nine-ranked");
        assertEquals("nine-ranked", r.lookup("d").orElseThrow());
        r.remove("d", 9);
        assertEquals("three", r.lookup("d").orElseThrow());
    }

    @Test
    void servicesComeAndGo() {
        DelegateRegistry r = new DelegateRegistry();
        Map<Object, Object> beans = new RegistryBeans(r);
        assertFalse(beans.containsKey("d"));
        r.add("d", 1, 0, "one");
        assertTrue(beans.containsKey("d"));
        assertEquals("one", beans.get("d"));
        assertEquals(Map.of("d", "one"), Map.copyOf(beans));
        r.remove("d", 1);
        assertFalse(beans.containsKey("d"));
        assertNull(beans.get("d"));
        assertTrue(r.names().isEmpty());
        r.remove("unknown", 7); // ignored
    }

    @Test
    void reAddingTheSameServiceIdReplacesIt() {
        DelegateRegistry r = new DelegateRegistry();
        r.add("d", 1, 0, "old");
        r.add("d", 1, 0, "new");
        assertEquals("new", r.lookup("d").orElseThrow());
        r.remove("d", 1);
        assertFalse(r.contains("d"));
    }

    @Test
    void beansMapIgnoresNonStringKeys() {
        DelegateRegistry r = new DelegateRegistry();
        r.add("1", 1, 0, "x");
        Map<Object, Object> beans = new RegistryBeans(r);
        assertFalse(beans.containsKey(1));
        assertNull(beans.get(1));
    }

    @Test
    void namesFromServiceProperty() {
        assertEquals(List.of("a"), DelegateRegistry.namesOf(" a "));
        assertEquals(List.of("a", "b"), DelegateRegistry.namesOf(new String[] {"a", "", "b"}));
        assertEquals(List.of("a"), DelegateRegistry.namesOf(List.of("a", 3)));
        assertEquals(List.of(), DelegateRegistry.namesOf(42));
        assertEquals(List.of(), DelegateRegistry.namesOf(null));
    }
}
