package ca.concerto.persistence.impl;

import ca.concerto.persistence.testing.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ca.concerto.persistence.api.MigrationException;
import ca.concerto.persistence.api.MigrationScript;

class JdbcSchemaMigrationsTest {

    private static final MigrationScript V1 = new MigrationScript("V1__create_thing.sql", """
            -- a table; with a ';' in a comment
            CREATE TABLE thing (id BIGINT NOT NULL, label VARCHAR(100), CONSTRAINT pk_thing PRIMARY KEY (id));
            /* block comment ; */
            INSERT INTO thing (id, label) VALUES (1, 'semi;colon ''quoted''');
            """);
    private static final MigrationScript V2 = new MigrationScript("V2__add_column.sql",
            "ALTER TABLE thing ADD COLUMN note VARCHAR(50);\nCREATE SEQUENCE thing_seq START WITH 1 INCREMENT BY 50;\n");
    private static final MigrationScript V10 = new MigrationScript("V10__index.sql",
            "CREATE INDEX ix_thing_label ON thing (label);");

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void appliesInOrderOnceAndIsIdempotent(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            JdbcSchemaMigrations migrations = new JdbcSchemaMigrations(db.dataSource);
            assertEquals(List.of(1, 2, 10), migrations.migrate("test.owner", List.of(V10, V2, V1)));
            assertEquals(List.of(), migrations.migrate("test.owner", List.of(V1, V2, V10)));
            assertEquals(3, count(db, "SELECT COUNT(*) FROM concerto_schema_history WHERE owner = 'test.owner'"));
            assertEquals("semi;colon 'quoted'", string(db, "SELECT label FROM thing WHERE id = 1"));
            assertEquals("create thing", string(db,
                    "SELECT description FROM concerto_schema_history WHERE owner = 'test.owner' AND version = 1"));
            // another owner has its own versions
            assertEquals(List.of(1), migrations.migrate("other.owner", List.of(
                    new MigrationScript("V1__other.sql", "CREATE TABLE other_thing (id BIGINT);"))));
            // a new version later is applied
            assertEquals(List.of(11), migrations.migrate("test.owner", List.of(V1, V2, V10,
                    new MigrationScript("V11__more.sql", "INSERT INTO thing (id) VALUES (2);"))));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void refusesAChangedAppliedScript(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            JdbcSchemaMigrations migrations = new JdbcSchemaMigrations(db.dataSource);
            migrations.migrate("test.owner", List.of(V1, V2));
            MigrationScript changed = new MigrationScript("V2__add_column.sql",
                    "ALTER TABLE thing ADD COLUMN note VARCHAR(80);");
            MigrationException e = assertThrows(MigrationException.class,
                    () -> migrations.migrate("test.owner", List.of(V1, changed, V10)));
            assertTrue(e.getMessage().contains("V2__add_column.sql") && e.getMessage().contains("changed"),
                    e.getMessage());
            // nothing after the changed script was applied
            assertEquals(2, count(db, "SELECT COUNT(*) FROM concerto_schema_history"));
            // CRLF line endings alone are not a change
            MigrationScript crlf = new MigrationScript(V2.fileName(), V2.sql().replace("\n", "\r\n"));
            assertEquals(List.of(), migrations.migrate("test.owner", List.of(V1, crlf)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void refusesANewScriptOlderThanTheApplied(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            JdbcSchemaMigrations migrations = new JdbcSchemaMigrations(db.dataSource);
            migrations.migrate("test.owner", List.of(V1, V10));
            assertThrows(MigrationException.class, () -> migrations.migrate("test.owner", List.of(V1, V2, V10)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aFailingScriptIsNotRecordedAndStops(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            JdbcSchemaMigrations migrations = new JdbcSchemaMigrations(db.dataSource);
            MigrationScript bad = new MigrationScript("V2__bad.sql",
                    "INSERT INTO thing (id) VALUES (5);\nINSERT INTO no_such_table (id) VALUES (1);");
            MigrationException e = assertThrows(MigrationException.class,
                    () -> migrations.migrate("test.owner", List.of(V1, bad, V10)));
            assertTrue(e.getMessage().contains("V2__bad.sql") && e.getMessage().contains("statement 2 of 2"),
                    e.getMessage());
            assertEquals(1, count(db, "SELECT COUNT(*) FROM concerto_schema_history"));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM thing WHERE id = 5"), "the script's transaction rolled back");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void usesTheVariantOfTheDatabase(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            JdbcSchemaMigrations migrations = new JdbcSchemaMigrations(db.dataSource);
            migrations.migrate("test.owner", List.of(V1,
                    new MigrationScript("V2__which.h2.sql", "INSERT INTO thing (id, label) VALUES (2, 'h2');"),
                    new MigrationScript("V2__which.postgresql.sql",
                            "INSERT INTO thing (id, label) VALUES (2, 'postgresql');"),
                    new MigrationScript("V2__which.sql", "INSERT INTO thing (id, label) VALUES (2, 'portable');")));
            assertEquals(kind, string(db, "SELECT label FROM thing WHERE id = 2"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void concurrentMigrationsApplyEachScriptOnce(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<List<Integer>>> tasks = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    tasks.add(() -> new JdbcSchemaMigrations(db.dataSource).migrate("test.owner", List.of(V1, V2, V10)));
                }
                List<Integer> applied = new ArrayList<>();
                for (Future<List<Integer>> f : pool.invokeAll(tasks)) {
                    applied.addAll(f.get());
                }
                applied.sort(null);
                assertEquals(List.of(1, 2, 10), applied);
                assertEquals(3, count(db, "SELECT COUNT(*) FROM concerto_schema_history"));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void scriptNames() {
        assertThrows(MigrationException.class, () -> new MigrationScript("v1_bad.sql", ""));
        assertThrows(MigrationException.class, () -> new MigrationScript("V1__x.oracle.sql", ""));
        MigrationScript s = new MigrationScript("V12__plan_store_tables.postgresql.sql", "");
        assertEquals(12, s.version());
        assertEquals("plan store tables", s.description());
        assertEquals("postgresql", s.database().orElseThrow());
        assertFalse(new MigrationScript("V3__x.sql", "").database().isPresent());
    }

    @org.junit.jupiter.api.Test
    void splitsStatements() {
        assertEquals(List.of("SELECT 1", "SELECT 'a;b'", "SELECT \"x;y\" FROM t"),
                SqlScripts.split("SELECT 1; -- c;\n SELECT 'a;b' /* ; */;\nSELECT \"x;y\" FROM t"));
        assertEquals(List.of(), SqlScripts.split("  -- nothing\n/* at all */ ; "));
    }

    private static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String string(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
