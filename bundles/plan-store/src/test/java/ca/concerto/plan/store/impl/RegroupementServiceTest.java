package ca.concerto.plan.store.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ca.concerto.identity.api.Regroupement;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.persistence.impl.JdbcSchemaMigrations;
import ca.concerto.persistence.testing.TestDatabase;
import ca.concerto.plan.api.PlanDraft;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The platform's regroupements: opened with their first administrator, named, listed; on H2 and PostgreSQL. */
class RegroupementServiceTest {

    private static RegroupementServiceImpl regroupements(StoreFixture f) {
        return new RegroupementServiceImpl(f.store, 1_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRegroupementOpensWithItsFirstAdministrator(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            RegroupementServiceImpl service = regroupements(f);
            Regroupement opened = service.open(" cds-mauricie ", " Consortium en développement social de la Mauricie ",
                    "direction-cds", "Julie Bergeron", "secret-cds".toCharArray());

            assertEquals(new Regroupement("cds-mauricie", "Consortium en développement social de la Mauricie"), opened);
            assertEquals(List.of(opened), service.all());
            UserAccount admin = f.identity.authenticate("direction-cds", "secret-cds".toCharArray()).orElseThrow();
            assertEquals("cds-mauricie", admin.regroupementId());
            assertEquals("Julie Bergeron", admin.displayName());
            assertEquals(Set.of(Role.ADMINISTRATOR, Role.FACILITATOR), admin.roles());
            assertTrue(f.identity.hasTemporaryPassword("direction-cds"), "given by the platform's administrator");
            assertEquals(List.of("cds-mauricie"), f.identity.regroupements());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRefusedOpeningOpensNothing(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            RegroupementServiceImpl service = regroupements(f);
            f.identity.createUser("animateur", "Animatrice", "troc-monteregie", Set.of(Role.FACILITATOR),
                    "demo".toCharArray());
            f.plans.createPlan("rop-mauricie", new PlanDraft("Plan", "2025", null, List.of()), "x");
            List<Regroupement> before = service.all();

            for (String malformed : new String[] {"TROC Montérégie", "troc--monteregie", "-troc", "troc_m", " ", "é"}) {
                assertThrows(IllegalArgumentException.class,
                        () -> service.open(malformed, "Nom", "nouvelle", "Nouvelle", "secret".toCharArray()), malformed);
            }
            assertTrue(assertThrows(IllegalArgumentException.class, () -> service.open("troc-monteregie", "TROC",
                    "nouvelle", "Nouvelle", "secret".toCharArray())).getMessage().contains("already on the platform"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> service.open("rop-mauricie", "ROP",
                    "nouvelle", "Nouvelle", "secret".toCharArray())).getMessage().contains("already on the platform"),
                    "a regroupement with plans only is there too");
            // the username is taken: the regroupement is not opened either
            assertTrue(assertThrows(IllegalArgumentException.class, () -> service.open("chantier-mobilite", "Mobilité",
                    "animateur", "Autre", "secret".toCharArray())).getMessage().contains("already taken"));
            assertThrows(IllegalArgumentException.class,
                    () -> service.open("chantier-mobilite", " ", "nouvelle", "Nouvelle", "secret".toCharArray()));
            assertThrows(IllegalArgumentException.class,
                    () -> service.open("chantier-mobilite", "Mobilité", "nouvelle", "Nouvelle", "abc".toCharArray()));
            assertThrows(IllegalArgumentException.class,
                    () -> service.open("chantier-mobilite", "Mobilité", " ", "Nouvelle", "secret".toCharArray()));

            assertEquals(before, service.all());
            assertTrue(f.identity.findUser("nouvelle").isEmpty());
            assertEquals(List.of(), f.identity.usersOf("chantier-mobilite"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRegroupementOfAnAccountCreatedElsewhereIsListedByItsIdentifierUntilRenamed(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            RegroupementServiceImpl service = regroupements(f);
            f.identity.createUser("admin", "Administratrice", "troc-monteregie", Set.of(Role.ADMINISTRATOR),
                    "demo".toCharArray());
            f.identity.createUser("animateur", "Animatrice", "troc-monteregie", Set.of(Role.FACILITATOR),
                    "demo".toCharArray());
            service.open("rop-mauricie", "ROP Mauricie", "rop", "Direction du ROP", "secret".toCharArray());
            assertEquals(List.of(new Regroupement("rop-mauricie", "ROP Mauricie"),
                    new Regroupement("troc-monteregie", "troc-monteregie")), service.all());

            assertEquals(new Regroupement("troc-monteregie", "TROC Montérégie"),
                    service.rename("troc-monteregie", " TROC Montérégie "));
            assertEquals(List.of(new Regroupement("rop-mauricie", "ROP Mauricie"),
                    new Regroupement("troc-monteregie", "TROC Montérégie")), service.all(), "by name");
            assertThrows(IllegalArgumentException.class, () -> service.rename("inconnu", "Nom"));
            assertThrows(IllegalArgumentException.class, () -> service.rename("troc-monteregie", " "));
        }
    }

    /** Users of a regroupement new to the platform created at the same moment: each is created, it is listed once. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void accountsCreatedAtOnceInANewRegroupementAreAllCreated(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            int threads = 6;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<UserAccount>> created = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    String username = "membre" + i;
                    created.add(pool.submit(() -> {
                        start.await();
                        return f.identity.createUser(username, username, "nouveau", Set.of(Role.MEMBER),
                                "secret".toCharArray());
                    }));
                }
                start.countDown();
                for (Future<UserAccount> user : created) {
                    assertEquals("nouveau", user.get(60, TimeUnit.SECONDS).regroupementId());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(threads, f.identity.usersOf("nouveau").size());
            assertEquals(List.of(new Regroupement("nouveau", "nouveau")), regroupements(f).all());
        }
    }

    /** A platform of an earlier version: its regroupements, from its users and plans, are listed by identifier. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theMigrationListsTheRegroupementsAlreadyThere(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            JdbcSchemaMigrations migrations = new JdbcSchemaMigrations(db.dataSource);
            migrations.migrate(StoreContext.SCHEMA_OWNER, StoreFixture.scripts().stream().filter(s -> s.version() < 7).toList());
            try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement()) {
                for (String[] user : new String[][] {{"10", "troc-monteregie", "a"}, {"20", "troc-monteregie", "b"},
                        {"30", "rop-mauricie", "c"}}) {
                    st.executeUpdate("INSERT INTO user_account (id, regroupement_id, username, preferred_language,"
                            + " password_hash, created_at) VALUES (" + user[0] + ", '" + user[1] + "', '" + user[2]
                            + "', 'fr', 'x', CURRENT_TIMESTAMP)");
                }
                st.executeUpdate("INSERT INTO plan (id, regroupement_id, title, status, revision, created_at, created_by,"
                        + " document_header) VALUES (1, 'cds-mauricie', 'Plan', 'DRAFT', 0, CURRENT_TIMESTAMP, 'x', '{}')");
                st.executeUpdate("INSERT INTO plan (id, regroupement_id, title, status, revision, created_at, created_by,"
                        + " document_header) VALUES (2, 'rop-mauricie', 'Plan', 'DRAFT', 0, CURRENT_TIMESTAMP, 'x', '{}')");
            }
            assertEquals(List.of(7, 8), migrations.migrate(StoreContext.SCHEMA_OWNER, StoreFixture.scripts()));
            StoreContext store = new StoreContext(db.dataSource, () -> { });
            try {
                assertEquals(List.of(new Regroupement("cds-mauricie", "cds-mauricie"),
                        new Regroupement("rop-mauricie", "rop-mauricie"),
                        new Regroupement("troc-monteregie", "troc-monteregie")),
                        new RegroupementServiceImpl(store, 1_000).all());
            } finally {
                store.close();
            }
        }
    }
}
