package ca.concerto.plan.store.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;

class IdentityServiceTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void createsUsersAndAuthenticates(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            assertFalse(f.identity.hasAdministrator());
            UserAccount admin = f.identity.createUser("admin", "Administratrice", "troc", Set.of(Role.ADMINISTRATOR,
                    Role.FACILITATOR), "demo".toCharArray());
            assertEquals(Set.of(Role.ADMINISTRATOR, Role.FACILITATOR), admin.roles());
            assertEquals("fr", admin.language());
            assertTrue(f.identity.hasAdministrator());

            assertEquals(admin, f.identity.authenticate("admin", "demo".toCharArray()).orElseThrow());
            assertTrue(f.identity.authenticate("admin", "Demo".toCharArray()).isEmpty());
            assertTrue(f.identity.authenticate("admin", new char[0]).isEmpty());
            assertTrue(f.identity.authenticate("nobody", "demo".toCharArray()).isEmpty());
            assertTrue(f.identity.authenticate(null, null).isEmpty());
            assertEquals(admin, f.identity.findUser("admin").orElseThrow());
            assertTrue(f.identity.findUser("nobody").isEmpty());

            IllegalArgumentException taken = assertThrows(IllegalArgumentException.class, () -> f.identity.createUser(
                    "admin", "Autre", "rop", Set.of(), "secret".toCharArray()));
            assertTrue(taken.getMessage().contains("taken"), taken.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> f.identity.createUser("court", "Court", "troc", Set.of(), "abc".toCharArray()));
            assertTrue(f.identity.findUser("court").isEmpty());

            f.identity.createUser("ca1", "Membre du CA", "rop", Set.of(Role.BOARD_MEMBER), "demo".toCharArray());
            assertEquals(1, f.identity.usersOf("rop").size());
            assertEquals(1, f.identity.usersOf("troc").size());
            assertEquals(0, f.identity.usersOf("autre").size());

            // stored as a salted hash, never the password
            String stored = f.store.read(em -> em.createQuery(
                    "SELECT u.passwordHash FROM UserAccountEntity u WHERE u.username = 'admin'", String.class)
                    .getSingleResult());
            assertTrue(stored.startsWith("pbkdf2-sha256$1000$") && !stored.contains("demo"), stored);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void eachUserChoosesTheirLanguage(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            f.identity.createUser("animateur", "Animatrice", "troc", Set.of(Role.FACILITATOR), "demo".toCharArray());
            f.identity.createUser("ca1", "Membre du CA", "troc", Set.of(Role.BOARD_MEMBER), "demo".toCharArray());

            UserAccount english = f.identity.changeLanguage("animateur", "en");

            assertEquals("en", english.language());
            assertEquals("en", f.identity.findUser("animateur").orElseThrow().language());
            assertEquals("en", f.identity.authenticate("animateur", "demo".toCharArray()).orElseThrow().language());
            assertEquals("fr", f.identity.findUser("ca1").orElseThrow().language(), "the others keep theirs");
            assertThrows(IllegalArgumentException.class, () -> f.identity.changeLanguage("animateur", "de"));
            assertThrows(IllegalArgumentException.class, () -> f.identity.changeLanguage("animateur", null));
            assertThrows(IllegalArgumentException.class, () -> f.identity.changeLanguage("personne", "en"));
            assertEquals("en", f.identity.findUser("animateur").orElseThrow().language());
            assertEquals("fr", f.identity.changeLanguage("animateur", "fr").language());
        }
    }

    @Test
    void hashesAreSaltedAndUseTheDefaultStrength() {
        String a = IdentityServiceImpl.hash("demo".toCharArray(), IdentityServiceImpl.DEFAULT_ITERATIONS);
        String b = IdentityServiceImpl.hash("demo".toCharArray(), IdentityServiceImpl.DEFAULT_ITERATIONS);
        assertNotEquals(a, b);
        assertTrue(a.startsWith("pbkdf2-sha256$600000$"));
        assertTrue(IdentityServiceImpl.verify("demo".toCharArray(), a));
        assertFalse(IdentityServiceImpl.verify("demx".toCharArray(), a));
        assertFalse(IdentityServiceImpl.verify("demo".toCharArray(), "garbage"));
    }
}
