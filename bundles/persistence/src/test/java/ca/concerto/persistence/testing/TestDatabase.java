package ca.concerto.persistence.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A private database for one test (shared with other modules' tests through this module's test jar): an H2 in-memory database, or a fresh schema in the
 * PostgreSQL test database (URL from {@code concerto.test.pg.url}) dropped at close.
 */
public final class TestDatabase implements AutoCloseable {
    public static final String PG_URL = System.getProperty("concerto.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");

    public final String kind;
    public final DataSource dataSource;
    private final String schema;

    private TestDatabase(String kind, DataSource dataSource, String schema) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.schema = schema;
    }

    public static TestDatabase create(String kind) throws SQLException {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if ("h2".equals(kind)) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:t" + id + ";DB_CLOSE_DELAY=-1");
            ds.setUser("sa");
            return new TestDatabase(kind, ds, null);
        }
        String schema = "concerto_t_" + id.toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(PG_URL);
        ds.setUser("postgres");
        ds.setCurrentSchema(schema);
        return new TestDatabase(kind, ds, schema);
    }

    @Override
    public void close() throws SQLException {
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "");
                 Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        } else {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
            }
        }
    }
}
