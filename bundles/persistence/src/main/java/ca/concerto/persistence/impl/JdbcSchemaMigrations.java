package ca.concerto.persistence.impl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ca.concerto.persistence.api.MigrationException;
import ca.concerto.persistence.api.MigrationScript;
import ca.concerto.persistence.api.SchemaMigrations;

/** Applies versioned SQL scripts to the main DataSource and records them in concerto_schema_history. */
@Component(service = SchemaMigrations.class)
public class JdbcSchemaMigrations implements SchemaMigrations {

    static final String HISTORY_TABLE = "concerto_schema_history";
    /** PostgreSQL advisory lock key that serializes migrations ("Conc"). */
    private static final long PG_LOCK_KEY = 0x436f6e63L;
    /** H2 databases are embedded: one JVM migrates them; serialize within it. */
    private static final ReentrantLock JVM_LOCK = new ReentrantLock();

    private static final Logger LOG = LoggerFactory.getLogger(JdbcSchemaMigrations.class);

    private final DataSource dataSource;

    @Activate
    public JdbcSchemaMigrations(
            @Reference(target = "(" + DATASOURCE_PROPERTY + "=" + MAIN_DATASOURCE + ")") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<Integer> migrate(String schemaOwner, Bundle bundle, String folder) {
        List<MigrationScript> scripts = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(folder, "V*.sql", false);
        if (entries != null) {
            for (URL url : Collections.list(entries)) {
                String path = url.getPath();
                String name = path.substring(path.lastIndexOf('/') + 1);
                if (!MigrationScript.isScriptName(name)) {
                    throw new MigrationException("Bundle " + bundle.getSymbolicName() + ": migration script name "
                            + name + " does not match V<n>__<description>[.h2|.postgresql].sql");
                }
                try (InputStream in = url.openStream()) {
                    scripts.add(new MigrationScript(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new MigrationException("Cannot read " + url, e);
                }
            }
        }
        if (scripts.isEmpty()) {
            LOG.warn("No migration script V*.sql in folder {} of bundle {}", folder, bundle.getSymbolicName());
        }
        return migrate(schemaOwner, scripts);
    }

    @Override
    public List<Integer> migrate(String schemaOwner, List<MigrationScript> scripts) {
        if (schemaOwner == null || schemaOwner.isBlank()) {
            throw new IllegalArgumentException("schemaOwner is required");
        }
        try (Connection connection = dataSource.getConnection()) {
            String database = databaseOf(connection);
            Map<Integer, MigrationScript> chosen = choose(schemaOwner, scripts, database);
            boolean postgres = "postgresql".equals(database);
            if (postgres) {
                try (Statement st = connection.createStatement()) {
                    st.execute("SELECT pg_advisory_lock(" + PG_LOCK_KEY + ")");
                }
            } else {
                JVM_LOCK.lock();
            }
            try {
                return migrateLocked(connection, schemaOwner, chosen);
            } finally {
                if (postgres) {
                    try (Statement st = connection.createStatement()) {
                        st.execute("SELECT pg_advisory_unlock(" + PG_LOCK_KEY + ")");
                    }
                } else {
                    JVM_LOCK.unlock();
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("Schema migration of " + schemaOwner + " failed: " + e.getMessage(), e);
        }
    }

    private List<Integer> migrateLocked(Connection connection, String owner, Map<Integer, MigrationScript> scripts)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try {
            connection.setAutoCommit(true);
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS " + HISTORY_TABLE + " ("
                        + "owner VARCHAR(200) NOT NULL, "
                        + "version INTEGER NOT NULL, "
                        + "description VARCHAR(500) NOT NULL, "
                        + "checksum VARCHAR(64) NOT NULL, "
                        + "installed_on TIMESTAMP WITH TIME ZONE NOT NULL, "
                        + "CONSTRAINT pk_concerto_schema_history PRIMARY KEY (owner, version))");
            }
            Map<Integer, String> applied = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT version, checksum FROM " + HISTORY_TABLE + " WHERE owner = ?")) {
                ps.setString(1, owner);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        applied.put(rs.getInt(1), rs.getString(2));
                    }
                }
            }
            int highestApplied = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<MigrationScript> pending = new ArrayList<>();
            for (MigrationScript script : scripts.values()) {
                String recorded = applied.get(script.version());
                if (recorded != null) {
                    String actual = SqlScripts.checksum(script.sql());
                    if (!recorded.equals(actual)) {
                        throw new MigrationException("Migration " + script.fileName() + " of " + owner
                                + " was changed after it was applied (recorded checksum " + recorded
                                + ", now " + actual + "). Applied scripts must never change: restore it and add a new"
                                + " version instead. Refusing to start.");
                    }
                } else if (script.version() < highestApplied) {
                    throw new MigrationException("Migration " + script.fileName() + " of " + owner
                            + " is new but older than the applied version " + highestApplied
                            + ". Give it a version above " + highestApplied + ". Refusing to start.");
                } else {
                    pending.add(script);
                }
            }
            for (Integer version : applied.keySet()) {
                if (!scripts.containsKey(version)) {
                    LOG.warn("Applied migration version {} of {} has no script any more", version, owner);
                }
            }
            List<Integer> done = new ArrayList<>();
            for (MigrationScript script : pending) {
                apply(connection, owner, script);
                done.add(script.version());
            }
            if (!done.isEmpty()) {
                LOG.info("Schema of {} migrated: versions {} applied", owner, done);
            }
            return done;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void apply(Connection connection, String owner, MigrationScript script) throws SQLException {
        connection.setAutoCommit(false);
        List<String> statements = SqlScripts.split(script.sql());
        int index = 0;
        try {
            try (Statement st = connection.createStatement()) {
                for (String sql : statements) {
                    index++;
                    st.execute(sql);
                }
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + HISTORY_TABLE
                    + " (owner, version, description, checksum, installed_on) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
                ps.setString(1, owner);
                ps.setInt(2, script.version());
                ps.setString(3, script.description());
                ps.setString(4, SqlScripts.checksum(script.sql()));
                ps.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw new MigrationException("Migration " + script.fileName() + " of " + owner + " failed at statement "
                    + index + " of " + statements.size() + ": " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    static String databaseOf(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgresql")) {
            return "postgresql";
        }
        if (product.contains("h2")) {
            return "h2";
        }
        throw new MigrationException("Unsupported database for migrations: " + product);
    }

    /** One script per version: the variant of this database, else the portable one. */
    static Map<Integer, MigrationScript> choose(String owner, List<MigrationScript> scripts, String database) {
        Map<Integer, List<MigrationScript>> byVersion = new TreeMap<>();
        for (MigrationScript s : scripts) {
            byVersion.computeIfAbsent(s.version(), v -> new ArrayList<>()).add(s);
        }
        Map<Integer, MigrationScript> chosen = new TreeMap<>();
        byVersion.forEach((version, candidates) -> {
            Optional<MigrationScript> specific = pickOne(owner, version, candidates, Optional.of(database));
            Optional<MigrationScript> portable = pickOne(owner, version, candidates, Optional.empty());
            MigrationScript script = specific.or(() -> portable).orElseThrow(() -> new MigrationException(
                    "Migration version " + version + " of " + owner + " has no script for " + database
                            + " (only " + candidates.stream().map(MigrationScript::fileName).toList() + ")"));
            chosen.put(version, script);
        });
        return chosen;
    }

    private static Optional<MigrationScript> pickOne(String owner, int version, List<MigrationScript> candidates,
                                                     Optional<String> database) {
        List<MigrationScript> matching = candidates.stream().filter(s -> s.database().equals(database)).toList();
        if (matching.size() > 1) {
            throw new MigrationException("Migration version " + version + " of " + owner + " has several scripts: "
                    + matching.stream().map(MigrationScript::fileName).toList());
        }
        return matching.stream().findFirst();
    }
}
