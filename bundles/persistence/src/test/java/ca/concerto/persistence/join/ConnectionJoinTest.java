package ca.concerto.persistence.join;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ca.concerto.persistence.testing.TestDatabase;

/** The store's writes inside an engine transaction end with it, on H2 and PostgreSQL. */
class ConnectionJoinTest {

    private static void insert(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO note (name) VALUES ('" + name + "')");
        }
    }

    /** The notes committed, read on a connection of its own. */
    private static int committed(DataSource plain) throws SQLException {
        try (Connection c = plain.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM note")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static TestDatabase database(String kind) throws SQLException {
        TestDatabase db = TestDatabase.create(kind);
        try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE note (name VARCHAR(40) NOT NULL)");
        }
        return db;
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void joinedWritesCommitOnlyWithTheLeadingConnection(String kind) throws Exception {
        try (TestDatabase db = database(kind)) {
            DataSource engine = ConnectionJoin.leading(db.dataSource);
            DataSource store = ConnectionJoin.joining(db.dataSource);
            try (Connection lead = engine.getConnection()) {
                lead.setAutoCommit(false);
                assertTrue(ConnectionJoin.isJoinable());
                try (Connection joined = store.getConnection()) {
                    joined.setAutoCommit(false);
                    insert(joined, "phase");
                    joined.commit();
                }
                insert(lead, "history");
                assertEquals(0, committed(db.dataSource), "the store's commit waits for the engine's");
                lead.commit();
                assertEquals(2, committed(db.dataSource));
            }
            assertFalse(ConnectionJoin.isJoinable(), "closed: unbound");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theEngineRollingBackTakesTheJoinedWritesWithIt(String kind) throws Exception {
        try (TestDatabase db = database(kind)) {
            DataSource store = ConnectionJoin.joining(db.dataSource);
            try (Connection lead = ConnectionJoin.leading(db.dataSource).getConnection()) {
                lead.setAutoCommit(false);
                try (Connection joined = store.getConnection()) {
                    insert(joined, "phase");
                    joined.commit();
                }
                lead.rollback();
            }
            assertEquals(0, committed(db.dataSource));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aJoinedRollbackMakesTheEngineCommitFailAndKeepNothing(String kind) throws Exception {
        try (TestDatabase db = database(kind)) {
            try (Connection lead = ConnectionJoin.leading(db.dataSource).getConnection()) {
                lead.setAutoCommit(false);
                insert(lead, "history");
                try (Connection joined = ConnectionJoin.joining(db.dataSource).getConnection()) {
                    insert(joined, "phase");
                    joined.rollback();
                }
                SQLException refused = assertThrows(SQLException.class, lead::commit);
                assertTrue(refused.getMessage().contains("rolled back"), refused.getMessage());
                assertEquals(0, committed(db.dataSource));
                // the next transaction on that connection starts clean
                insert(lead, "next");
                lead.commit();
                assertEquals(1, committed(db.dataSource));
            }
        }
    }

    /** MyBatis ends a session the engine never wrote through by switching auto-commit back on. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void endingWithoutTheEnginesCommitRollsTheJoinedWritesBack(String kind) throws Exception {
        try (TestDatabase db = database(kind)) {
            try (Connection lead = ConnectionJoin.leading(db.dataSource).getConnection()) {
                lead.setAutoCommit(false);
                try (Connection joined = ConnectionJoin.joining(db.dataSource).getConnection()) {
                    insert(joined, "phase");
                }
                lead.setAutoCommit(true);
            }
            assertEquals(0, committed(db.dataSource));
            try (Connection lead = ConnectionJoin.leading(db.dataSource).getConnection()) {
                lead.setAutoCommit(false);
                try (Connection joined = ConnectionJoin.joining(db.dataSource).getConnection()) {
                    insert(joined, "phase");
                }
            } // closed without a commit
            assertEquals(0, committed(db.dataSource));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void withoutAnEngineConnectionTheStoreHasItsOwnTransactions(String kind) throws Exception {
        try (TestDatabase db = database(kind)) {
            DataSource store = ConnectionJoin.joining(db.dataSource);
            assertFalse(ConnectionJoin.isJoinable());
            try (Connection own = store.getConnection()) {
                own.setAutoCommit(false);
                insert(own, "meeting");
                own.commit();
            }
            assertEquals(1, committed(db.dataSource));
        }
    }

    /** A command the engine runs in a new transaction inside another: the store joins the inner one. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theInnermostEngineConnectionIsJoined(String kind) throws Exception {
        try (TestDatabase db = database(kind)) {
            DataSource engine = ConnectionJoin.leading(db.dataSource);
            DataSource store = ConnectionJoin.joining(db.dataSource);
            try (Connection outer = engine.getConnection()) {
                outer.setAutoCommit(false);
                try (Connection inner = engine.getConnection()) {
                    assertNotSame(outer, inner);
                    inner.setAutoCommit(false);
                    try (Connection joined = store.getConnection()) {
                        insert(joined, "failed job");
                    }
                    inner.commit();
                }
                assertEquals(1, committed(db.dataSource), "committed with the inner transaction");
                try (Connection joined = store.getConnection()) {
                    insert(joined, "outer");
                }
                outer.rollback();
            }
            assertEquals(1, committed(db.dataSource));
        }
    }
}
