package ca.concerto.persistence.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Builds the HikariCP pool over a driver's DataSourceFactory. */
final class PooledDataSources {
    private static final Logger LOG = LoggerFactory.getLogger(PooledDataSources.class);

    private PooledDataSources() {
    }

    /**
     * Opens a pool of at most {@code size} connections named {@code name} and tests one connection.
     * On failure logs one clear error, closes the pool and returns empty.
     */
    static Optional<HikariDataSource> open(DataSourceFactory factory, DataSourceSettings settings, String name,
                                           int size) {
        HikariDataSource pool = null;
        try {
            HikariConfig config = new HikariConfig();
            config.setPoolName(name);
            config.setDataSource(factory.createDataSource(settings.factoryProperties()));
            config.setMaximumPoolSize(size);
            config.setMinimumIdle(Math.min(2, size));
            // test the connection ourselves below, with one clear message
            config.setInitializationFailTimeout(-1);
            config.setConnectionTimeout(10_000);
            pool = new HikariDataSource(config);
            try (Connection c = pool.getConnection()) {
                if (!c.isValid(5)) {
                    throw new SQLException("connection is not valid");
                }
                LOG.info("Main database ready: {} {} at {} (pool {}, {} connections at most)",
                        c.getMetaData().getDatabaseProductName(), c.getMetaData().getDatabaseProductVersion(),
                        settings.safeUrl(), name, size);
            }
            return Optional.of(pool);
        } catch (SQLException | RuntimeException e) {
            LOG.error("Cannot connect to the main database {} as user {}: {}. The DataSource is not registered;"
                    + " check concerto.db.url, concerto.db.user and concerto.db.password.",
                    settings.safeUrl(), settings.user(), rootMessage(e));
            if (pool != null) {
                pool.close();
            }
            return Optional.empty();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t.getMessage() + ")";
    }
}
