package ca.concerto.plan.store.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ca.concerto.identity.api.LastAdministratorException;
import ca.concerto.persistence.impl.JdbcSchemaMigrations;
import ca.concerto.persistence.testing.TestDatabase;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import jakarta.persistence.EntityManager;

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

    /** A regroupement's accounts with their roles in two statements, not one more per user (N + 1). */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRegroupementsUsersAreReadWithTheirRolesInTwoStatements(String kind) throws Exception {
        StatementCounter statements = new StatementCounter();
        try (StoreFixture f = new StoreFixture(kind, statements::wrap)) {
            for (int i = 1; i <= 30; i++) {
                f.identity.createUser("membre" + i, "Membre " + i, "troc", i % 2 == 0
                        ? Set.of(Role.BOARD_MEMBER, Role.FACILITATOR) : Set.of(Role.MEMBER), "secret-du-ca".toCharArray());
            }
            f.identity.createUser("ailleurs", "Ailleurs", "rop", Set.of(Role.MEMBER), "secret-du-ca".toCharArray());

            List<UserAccount> users = new ArrayList<>();
            int prepared = statements.during(() -> users.addAll(f.identity.usersOf("troc")));
            assertEquals(30, users.size());
            assertEquals(Set.of(Role.BOARD_MEMBER, Role.FACILITATOR),
                    users.stream().filter(u -> u.username().equals("membre2")).findFirst().orElseThrow().roles());
            assertEquals(Set.of(Role.MEMBER),
                    users.stream().filter(u -> u.username().equals("membre7")).findFirst().orElseThrow().roles());
            assertTrue(prepared <= 2, "statements for 30 users: " + prepared);
            assertTrue(statements.count() > prepared, "the counter sees the store's statements");
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

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aPersonChangesTheirPasswordAndAnAdministratorGivesANewOne(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            f.identity.createUser("animateur", "Animatrice", "troc", Set.of(Role.FACILITATOR), "temporaire".toCharArray(),
                    true);
            f.identity.createUser("ailleurs", "Autre", "rop", Set.of(Role.FACILITATOR), "demo".toCharArray());
            assertTrue(f.identity.hasTemporaryPassword("animateur"), "passed on by an administrator");
            assertFalse(f.identity.hasTemporaryPassword("ailleurs"), "chosen at creation (set-up, demonstration)");

            // the current password proves it is them; a wrong one changes nothing
            assertFalse(f.identity.changePassword("animateur", "mauvais".toCharArray(), "le mien 2026".toCharArray()));
            assertFalse(f.identity.changePassword("personne", "temporaire".toCharArray(), "le mien 2026".toCharArray()));
            assertThrows(IllegalArgumentException.class,
                    () -> f.identity.changePassword("animateur", "temporaire".toCharArray(), "abc".toCharArray()));
            assertTrue(f.identity.authenticate("animateur", "temporaire".toCharArray()).isPresent());
            assertTrue(f.identity.changePassword("animateur", "temporaire".toCharArray(), "le mien 2026".toCharArray()));
            assertTrue(f.identity.authenticate("animateur", "temporaire".toCharArray()).isEmpty(), "the old one is gone");
            assertEquals(Set.of(Role.FACILITATOR),
                    f.identity.authenticate("animateur", "le mien 2026".toCharArray()).orElseThrow().roles());

            // forgotten: an administrator of the regroupement gives a new one; another regroupement cannot
            assertThrows(IllegalArgumentException.class,
                    () -> f.identity.resetPassword("rop", "animateur", "intrus".toCharArray()));
            assertThrows(IllegalArgumentException.class,
                    () -> f.identity.resetPassword("troc", "personne", "nouveau".toCharArray()));
            assertThrows(IllegalArgumentException.class,
                    () -> f.identity.resetPassword("troc", "animateur", "abc".toCharArray()));
            assertTrue(f.identity.authenticate("animateur", "le mien 2026".toCharArray()).isPresent(), "unchanged");
            assertFalse(f.identity.hasTemporaryPassword("animateur"), "her own now");
            UserAccount reset = f.identity.resetPassword("troc", "animateur", "nouveau départ".toCharArray());
            assertTrue(f.identity.hasTemporaryPassword("animateur"), "given by the administrator");
            assertEquals("Animatrice", reset.displayName());
            assertTrue(f.identity.authenticate("animateur", "le mien 2026".toCharArray()).isEmpty());
            assertTrue(f.identity.authenticate("animateur", "nouveau départ".toCharArray()).isPresent());
            assertTrue(f.identity.authenticate("ailleurs", "demo".toCharArray()).isPresent(), "the others keep theirs");
            assertTrue(f.identity.changePassword("animateur", "nouveau départ".toCharArray(), "encore le mien".toCharArray()));
            assertFalse(f.identity.hasTemporaryPassword("animateur"));
            assertFalse(f.identity.hasTemporaryPassword("personne"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aClosedAccountNoLongerSignsInNorCountsAsADirector(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            f.identity.createUser("admin", "Direction", "troc", Set.of(Role.ADMINISTRATOR), "demo".toCharArray());
            f.identity.createUser("ca1", "Un", "troc", Set.of(Role.BOARD_MEMBER), "demo".toCharArray());
            f.identity.createUser("ca2", "Deux", "troc", Set.of(Role.BOARD_MEMBER), "demo".toCharArray());
            f.identity.createUser("ca-rop", "Ailleurs", "rop", Set.of(Role.BOARD_MEMBER), "demo".toCharArray());

            assertThrows(IllegalArgumentException.class, () -> f.identity.setOpen("troc", "admin", false, "admin"),
                    "nobody closes their own");
            assertThrows(LastAdministratorException.class, () -> f.identity.setOpen("troc", "admin", false, "autre"));
            assertThrows(IllegalArgumentException.class, () -> f.identity.setOpen("rop", "ca1", false, "admin-rop"));
            assertThrows(IllegalArgumentException.class, () -> f.identity.setOpen("troc", "personne", false, "admin"));
            assertTrue(f.identity.authenticate("admin", "demo".toCharArray()).isPresent(), "unchanged");
            assertEquals(Set.of("ca1", "ca2"), f.store.read(em -> PlanServiceImpl.directors(em, "troc")));

            UserAccount closed = f.identity.setOpen("troc", "ca1", false, "admin");
            assertFalse(closed.active());
            assertEquals(Set.of(Role.BOARD_MEMBER), closed.roles(), "kept for a reopening");
            assertTrue(f.identity.authenticate("ca1", "demo".toCharArray()).isEmpty());
            assertFalse(f.identity.findUser("ca1").orElseThrow().active());
            assertEquals(List.of("admin true", "ca1 false", "ca2 true"), f.identity.usersOf("troc").stream()
                    .map(u -> u.username() + " " + u.active()).toList(), "still listed, as closed");
            assertEquals(Set.of("ca2"), f.store.read(em -> PlanServiceImpl.directors(em, "troc")));
            assertEquals(Set.of("ca-rop"), f.store.read(em -> PlanServiceImpl.directors(em, "rop")));

            // a closed administrator manages nothing: the open one is the last
            f.identity.createUser("admin2", "Adjointe", "troc", Set.of(Role.ADMINISTRATOR), "demo".toCharArray());
            f.identity.setOpen("troc", "admin2", false, "admin");
            assertThrows(LastAdministratorException.class, () -> f.identity.changeRoles("troc", "admin", Set.of()));
            assertThrows(LastAdministratorException.class, () -> f.identity.setOpen("troc", "admin", false, "admin2"));
            f.identity.setOpen("troc", "admin2", true, "admin");
            f.identity.setOpen("troc", "admin", false, "admin2");
            assertTrue(f.identity.authenticate("admin", "demo".toCharArray()).isEmpty());

            assertTrue(f.identity.setOpen("troc", "ca1", true, "admin2").active());
            assertTrue(f.identity.authenticate("ca1", "demo".toCharArray()).isPresent(), "open again, same password");
            assertEquals(Set.of("ca1", "ca2"), f.store.read(em -> PlanServiceImpl.directors(em, "troc")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void administratorsChangeRolesAndThePasswordStays(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            f.identity.createUser("admin", "Administratrice", "troc", Set.of(Role.ADMINISTRATOR), "demo".toCharArray());
            f.identity.createUser("animateur", "Animatrice", "troc", Set.of(Role.MEMBER), "secret".toCharArray());
            f.identity.changeLanguage("animateur", "en");

            UserAccount changed = f.identity.changeRoles("troc", "animateur", Set.of(Role.FACILITATOR,
                    Role.BOARD_MEMBER));

            assertEquals(new UserAccount("animateur", "Animatrice", "troc", Set.of(Role.FACILITATOR,
                    Role.BOARD_MEMBER), "en"), changed, "name and language stay");
            assertEquals(changed, f.identity.findUser("animateur").orElseThrow());
            assertEquals(changed, f.identity.authenticate("animateur", "secret".toCharArray()).orElseThrow(),
                    "the password is untouched");
            assertEquals(Set.of(Role.ADMINISTRATOR), f.identity.findUser("admin").orElseThrow().roles());

            assertEquals(Set.of(), f.identity.changeRoles("troc", "animateur", Set.of()).roles());
            assertEquals(Set.of(), f.identity.findUser("animateur").orElseThrow().roles());
            assertEquals(Set.of(Role.MEMBER), f.identity.changeRoles("troc", "animateur", Set.of(Role.MEMBER)).roles());
            assertEquals(Set.of(Role.MEMBER), f.identity.findUser("animateur").orElseThrow().roles());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void thePlatformRoleIsNeitherGivenNorTakenByARegroupement(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            f.identity.createUser("operatrice", "Opératrice", "troc", Set.of(Role.ADMINISTRATOR, Role.PLATFORM_ADMINISTRATOR),
                    "demo".toCharArray());
            f.identity.createUser("admin2", "Admin 2", "troc", Set.of(Role.ADMINISTRATOR), "demo".toCharArray());

            assertEquals(Set.of(Role.ADMINISTRATOR, Role.FACILITATOR, Role.PLATFORM_ADMINISTRATOR),
                    f.identity.changeRoles("troc", "operatrice", Set.of(Role.ADMINISTRATOR, Role.FACILITATOR)).roles(),
                    "kept although the regroupement's list lacks it");
            assertEquals(Set.of(Role.FACILITATOR),
                    f.identity.changeRoles("troc", "admin2", Set.of(Role.FACILITATOR, Role.PLATFORM_ADMINISTRATOR)).roles(),
                    "not given by a regroupement's administrator");
            assertEquals(Set.of(Role.FACILITATOR), f.identity.findUser("admin2").orElseThrow().roles());
            assertEquals(Set.of(Role.ADMINISTRATOR, Role.FACILITATOR, Role.PLATFORM_ADMINISTRATOR),
                    f.identity.findUser("operatrice").orElseThrow().roles());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theRegroupementsAreThoseOfTheUsers(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            assertEquals(List.of(), f.identity.regroupements());
            f.identity.createUser("ca-rop", "CA ROP", "rop-mauricie", Set.of(Role.BOARD_MEMBER), "demo".toCharArray());
            f.identity.createUser("admin", "Admin", "troc-monteregie", Set.of(Role.ADMINISTRATOR), "demo".toCharArray());
            f.identity.createUser("ca-troc", "CA TROC", "troc-monteregie", Set.of(Role.BOARD_MEMBER), "demo".toCharArray());
            f.identity.createUser("anim-cds", "Anim CDS", "cds-mauricie", Set.of(Role.FACILITATOR), "demo".toCharArray());
            assertEquals(List.of("cds-mauricie", "rop-mauricie", "troc-monteregie"), f.identity.regroupements());
        }
    }

    /** A platform set up before the role existed: its first administrator becomes its operator, no one else. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theMigrationMakesTheFirstAdministratorThePlatformsAdministrator(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            JdbcSchemaMigrations migrations = new JdbcSchemaMigrations(db.dataSource);
            migrations.migrate(StoreContext.SCHEMA_OWNER, StoreFixture.scripts().stream().filter(s -> s.version() < 6).toList());
            try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement()) {
                for (String[] user : new String[][] {{"10", "membre", "MEMBER"}, {"20", "premiere", "ADMINISTRATOR"},
                        {"30", "seconde", "ADMINISTRATOR"}}) {
                    st.executeUpdate("INSERT INTO user_account (id, regroupement_id, username, preferred_language,"
                            + " password_hash, created_at) VALUES (" + user[0] + ", 'troc', '" + user[1]
                            + "', 'fr', 'x', CURRENT_TIMESTAMP)");
                    st.executeUpdate("INSERT INTO user_account_role (user_id, role_name) VALUES (" + user[0] + ", '"
                            + user[2] + "')");
                }
            }
            assertEquals(List.of(6, 7, 8), migrations.migrate(StoreContext.SCHEMA_OWNER, StoreFixture.scripts()));
            try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement();
                 ResultSet rows = st.executeQuery("SELECT user_id FROM user_account_role"
                         + " WHERE role_name = 'PLATFORM_ADMINISTRATOR'")) {
                List<Long> holders = new ArrayList<>();
                while (rows.next()) {
                    holders.add(rows.getLong(1));
                }
                assertEquals(List.of(20L), holders);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void unknownUsersAndOtherRegroupementsUsersAreRefusedAlike(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            f.identity.createUser("admin", "Administratrice", "troc", Set.of(Role.ADMINISTRATOR), "demo".toCharArray());
            UserAccount rop = f.identity.createUser("ca-rop", "Membre du CA", "rop", Set.of(Role.BOARD_MEMBER),
                    "demo".toCharArray());

            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                    () -> f.identity.changeRoles("troc", "personne", Set.of(Role.ADMINISTRATOR)));
            IllegalArgumentException elsewhere = assertThrows(IllegalArgumentException.class,
                    () -> f.identity.changeRoles("troc", "ca-rop", Set.of(Role.ADMINISTRATOR)));

            assertEquals("No user personne in this regroupement", unknown.getMessage());
            assertEquals("No user ca-rop in this regroupement", elsewhere.getMessage(), "no hint that it exists");
            assertEquals(rop, f.identity.findUser("ca-rop").orElseThrow(), "nothing changed");
            assertTrue(f.identity.findUser("personne").isEmpty());
            assertThrows(IllegalArgumentException.class, () -> f.identity.changeRoles("troc", "admin", null));
            assertThrows(IllegalArgumentException.class, () -> f.identity.changeRoles(" ", "admin", Set.of()));
            assertThrows(IllegalArgumentException.class, () -> f.identity.changeRoles("troc", null, Set.of()));
            assertEquals(Set.of(Role.ADMINISTRATOR), f.identity.findUser("admin").orElseThrow().roles());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theLastAdministratorKeepsTheRole(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            f.identity.createUser("admin", "Administratrice", "troc", Set.of(Role.ADMINISTRATOR, Role.FACILITATOR),
                    "demo".toCharArray());
            f.identity.createUser("animateur", "Animatrice", "troc", Set.of(Role.FACILITATOR), "demo".toCharArray());
            // another regroupement's administrator does not count
            f.identity.createUser("admin-rop", "Admin ROP", "rop", Set.of(Role.ADMINISTRATOR), "demo".toCharArray());

            LastAdministratorException refused = assertThrows(LastAdministratorException.class,
                    () -> f.identity.changeRoles("troc", "admin", Set.of(Role.FACILITATOR)));
            assertTrue(refused instanceof IllegalStateException);
            assertEquals("troc", refused.regroupementId());
            assertEquals("admin", refused.username());
            assertEquals(Set.of(Role.ADMINISTRATOR, Role.FACILITATOR),
                    f.identity.findUser("admin").orElseThrow().roles(), "nothing changed");
            assertThrows(LastAdministratorException.class, () -> f.identity.changeRoles("troc", "admin", Set.of()));

            // keeping the role while changing the others is fine
            assertEquals(Set.of(Role.ADMINISTRATOR),
                    f.identity.changeRoles("troc", "admin", Set.of(Role.ADMINISTRATOR)).roles());

            // once a second administrator exists, the first may step down; then the second is the last
            f.identity.changeRoles("troc", "animateur", Set.of(Role.FACILITATOR, Role.ADMINISTRATOR));
            assertEquals(Set.of(Role.FACILITATOR), f.identity.changeRoles("troc", "admin", Set.of(Role.FACILITATOR))
                    .roles());
            assertThrows(LastAdministratorException.class,
                    () -> f.identity.changeRoles("troc", "animateur", Set.of(Role.FACILITATOR)));
            assertEquals(Set.of(Role.FACILITATOR, Role.ADMINISTRATOR),
                    f.identity.findUser("animateur").orElseThrow().roles());
            assertEquals(Set.of(Role.ADMINISTRATOR), f.identity.findUser("admin-rop").orElseThrow().roles());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void administratorsRemovedAtOnceLeaveOne(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            List<String> admins = List.of("admin1", "admin2", "admin3", "admin4");
            for (String admin : admins) {
                f.identity.createUser(admin, admin, "troc", Set.of(Role.ADMINISTRATOR), "demo".toCharArray());
            }
            ExecutorService pool = Executors.newFixedThreadPool(admins.size());
            try {
                for (int round = 0; round < 3; round++) {
                    CountDownLatch start = new CountDownLatch(1);
                    List<Callable<UserAccount>> removals = new ArrayList<>();
                    for (String admin : admins) {
                        removals.add(() -> {
                            start.await();
                            return f.identity.changeRoles("troc", admin, Set.of(Role.MEMBER));
                        });
                    }
                    List<Future<UserAccount>> results = new ArrayList<>();
                    for (Callable<UserAccount> removal : removals) {
                        results.add(pool.submit(removal));
                    }
                    start.countDown();
                    int refused = 0;
                    for (Future<UserAccount> result : results) {
                        try {
                            result.get(60, TimeUnit.SECONDS);
                        } catch (ExecutionException e) {
                            assertTrue(e.getCause() instanceof LastAdministratorException, e.getCause().toString());
                            refused++;
                        }
                    }
                    assertEquals(1, refused, "round " + round);
                    List<UserAccount> left = f.identity.usersOf("troc").stream()
                            .filter(u -> u.hasRole(Role.ADMINISTRATOR)).toList();
                    assertEquals(1, left.size(), "round " + round + ": " + left);
                    for (String admin : admins) {
                        f.identity.changeRoles("troc", admin, Set.of(Role.ADMINISTRATOR));
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aChangeWaitsForAnotherOnTheSameRegroupement(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            f.identity.createUser("admin1", "Admin 1", "troc", Set.of(Role.ADMINISTRATOR), "demo".toCharArray());
            f.identity.createUser("admin2", "Admin 2", "troc", Set.of(Role.ADMINISTRATOR), "demo".toCharArray());
            ExecutorService pool = Executors.newSingleThreadExecutor();
            EntityManager em = f.store.entityManagerFactory().createEntityManager();
            try {
                // a first transaction takes admin1's role away and has not committed yet
                em.getTransaction().begin();
                UserAccountEntity admin1 = IdentityServiceImpl.lockUsersOf(em, "troc").stream()
                        .filter(u -> u.username().equals("admin1")).findFirst().orElseThrow();
                admin1.roles(Set.of());
                em.flush();

                Future<UserAccount> second = pool.submit(() -> f.identity.changeRoles("troc", "admin2", Set.of()));
                Thread.sleep(300);
                assertFalse(second.isDone(), "the second change waits for the first");
                em.getTransaction().commit();

                ExecutionException e = assertThrows(ExecutionException.class, () -> second.get(60, TimeUnit.SECONDS));
                assertTrue(e.getCause() instanceof LastAdministratorException, e.getCause().toString());
                assertEquals(Set.of(), f.identity.findUser("admin1").orElseThrow().roles());
                assertEquals(Set.of(Role.ADMINISTRATOR), f.identity.findUser("admin2").orElseThrow().roles());
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
                pool.shutdownNow();
            }
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
