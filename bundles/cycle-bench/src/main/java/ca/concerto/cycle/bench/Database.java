package ca.concerto.cycle.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A fresh schema of the local PostgreSQL database, dropped at close, and a DataSource on it: a
 * HikariCP pool configured as the platform's main DataSource (persistence's PooledDataSources:
 * 10 connections, 2 idle at least), or the driver's unpooled DataSource as the tests use.
 */
public final class Database implements AutoCloseable {

    /** The platform's default pool size (concerto.db.pool.size). */
    static final int POOL_SIZE = 10;

    private final String url;
    public final String schema;
    public final DataSource dataSource;
    private final HikariDataSource pool;

    private Database(String url, String schema, DataSource dataSource, HikariDataSource pool) {
        this.url = url;
        this.schema = schema;
        this.dataSource = dataSource;
        this.pool = pool;
    }

    public static Database create(String url, String prefix, boolean pooled) throws SQLException {
        String schema = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(url);
        pg.setUser("postgres");
        pg.setCurrentSchema(schema);
        if (!pooled) {
            return new Database(url, schema, pg, null);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("bench-" + schema);
        config.setDataSource(pg);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(Math.min(2, POOL_SIZE));
        config.setConnectionTimeout(10_000);
        HikariDataSource pool = new HikariDataSource(config);
        return new Database(url, schema, pool, pool);
    }

    /** Drops a schema made by an earlier, interrupted run's {@link #create} too. */
    static void drop(String url, String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Override
    public void close() throws SQLException {
        if (pool != null) {
            pool.close();
        }
        drop(url, schema);
    }
}
