package ca.concerto.persistence.impl;

import ca.concerto.persistence.testing.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.Optional;

import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.osgi.PGDataSourceFactory;

import com.zaxxer.hikari.HikariDataSource;

class PooledDataSourcesTest {

    @Test
    void defaultsToAnH2FileUnderConcertoData(@TempDir Path dir) {
        DataSourceSettings s = DataSourceSettings.from(Map.of("concerto.data", dir.toString())::get);
        assertEquals("jdbc:h2:file:" + dir.toAbsolutePath().resolve("concerto").toString().replace('\\', '/'), s.url());
        assertEquals("org.h2.Driver", s.driverClass());
        assertEquals(10, s.poolSize());
        assertEquals(10, s.enginePoolSize());
        DataSourceSettings sized = DataSourceSettings.from(Map.of("concerto.db.pool.size", "6",
                "concerto.db.engine.pool.size", " 4 ")::get);
        assertEquals(6, sized.poolSize());
        assertEquals(4, sized.enginePoolSize());
        DataSourceSettings none = DataSourceSettings.from(k -> null);
        assertTrue(none.url().startsWith("jdbc:h2:file:/") && none.url().endsWith("/data/concerto"), none.url());
    }

    @Test
    void choosesTheDriverFromTheUrl() {
        DataSourceSettings pg = DataSourceSettings.from(Map.of("concerto.db.url", "jdbc:postgresql://db/concerto")::get);
        assertEquals("org.postgresql.Driver", pg.driverClass());
        assertEquals("(&(objectClass=org.osgi.service.jdbc.DataSourceFactory)(osgi.jdbc.driver.class=org.postgresql.Driver))",
                pg.factoryFilter());
        DataSourceSettings other = DataSourceSettings.from(Map.of("concerto.db.url", "jdbc:mysql://x/y")::get);
        assertThrows(IllegalArgumentException.class, other::driverClass);
    }

    @Test
    void poolsH2ThroughItsDataSourceFactory(@TempDir Path dir) throws Exception {
        DataSourceSettings s = DataSourceSettings.from(Map.of("concerto.data", dir.toString(), "concerto.db.user", "sa")::get);
        Optional<HikariDataSource> pool = PooledDataSources.open(new OsgiDataSourceFactory(new org.h2.Driver()), s, "concerto-main", 3);
        assertTrue(pool.isPresent());
        try (HikariDataSource ds = pool.get(); Connection c = ds.getConnection()) {
            assertTrue(c.isValid(1));
            assertEquals("concerto-main", ds.getPoolName());
            assertEquals(3, ds.getMaximumPoolSize());
        }
    }

    @Test
    void poolsPostgresqlThroughItsDataSourceFactory() throws Exception {
        DataSourceSettings s = DataSourceSettings.from(Map.of("concerto.db.url", TestDatabase.PG_URL,
                "concerto.db.user", "postgres")::get);
        Optional<HikariDataSource> pool = PooledDataSources.open(new PGDataSourceFactory(), s, "concerto-engine", s.enginePoolSize());
        assertTrue(pool.isPresent());
        try (HikariDataSource ds = pool.get(); Connection c = ds.getConnection()) {
            assertEquals("PostgreSQL", c.getMetaData().getDatabaseProductName());
        }
    }

    @Test
    void aFailedConnectionGivesNoPool() {
        DataSourceSettings s = DataSourceSettings.from(Map.of("concerto.db.url", "jdbc:postgresql://127.0.0.1:1/none",
                "concerto.db.user", "postgres")::get);
        assertEquals(Optional.empty(), PooledDataSources.open(new PGDataSourceFactory(), s, "concerto-main", 2));
    }
}
