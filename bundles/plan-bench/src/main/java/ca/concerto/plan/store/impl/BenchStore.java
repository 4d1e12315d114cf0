package ca.concerto.plan.store.impl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import ca.concerto.persistence.api.MigrationScript;
import ca.concerto.persistence.impl.JdbcSchemaMigrations;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.interchange.PlanInterchange;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real plan store on a fresh database, built in plain Java as plan-store's own tests build it
 * (this class sits in the store's package for its package-private constructor): the bundle's
 * migration scripts, then {@link StoreContext} and {@link PlanDocumentServiceImpl}. {@code "h2"}: an
 * in-memory H2 database (the platform's default); {@code "postgresql"}: a fresh schema in the
 * database of {@code concerto.bench.pg.url} (default {@value #PG_URL}), dropped at close.
 */
public final class BenchStore implements AutoCloseable {

    static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final DataSource dataSource;
    private final String pgUrl;
    private final String schema;
    private final StoreContext store;
    public final PlanDocumentService documents;

    public BenchStore(String database, PlanInterchange interchange) throws SQLException {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if ("postgresql".equals(database)) {
            pgUrl = System.getProperty("concerto.bench.pg.url", PG_URL);
            schema = "concerto_bench_" + id.toLowerCase(Locale.ROOT);
            try (Connection c = DriverManager.getConnection(pgUrl, "postgres", "");
                 Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + schema);
            }
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(pgUrl);
            pg.setUser("postgres");
            pg.setCurrentSchema(schema);
            dataSource = pg;
        } else if ("h2".equals(database)) {
            pgUrl = null;
            schema = null;
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:bench" + id + ";DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            dataSource = h2;
        } else {
            throw new IllegalArgumentException("database: h2 or postgresql, not " + database);
        }
        JdbcSchemaMigrations migrations = new JdbcSchemaMigrations(dataSource);
        List<MigrationScript> scripts = scripts();
        store = new StoreContext(dataSource, () -> migrations.migrate(StoreContext.SCHEMA_OWNER, scripts));
        documents = new PlanDocumentServiceImpl(store, interchange);
    }

    /** The scripts of the plan-store jar's (or classes folder's) db/migration. */
    static List<MigrationScript> scripts() {
        return StoreContext.classPathScripts();
    }

    @Override
    public void close() throws SQLException {
        store.close();
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(pgUrl, "postgres", "");
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
