package ca.concerto.itests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/**
 * The core on PostgreSQL (127.0.0.1:5432 by default; system properties {@code concerto.test.pg.*}
 * change it), in a database created for this run so earlier runs leave nothing behind.
 */
public class AdoptionOnPostgresIT extends AbstractAdoptionIT {

    @Configuration
    public Option[] config() throws SQLException {
        return freshDatabase("postgres");
    }

    /** The core on a PostgreSQL database created for this run. */
    static Option[] freshDatabase(String name) throws SQLException {
        String server = System.getProperty("concerto.test.pg.server", "jdbc:postgresql://127.0.0.1:5432/");
        String user = System.getProperty("concerto.test.pg.user", "postgres");
        String password = System.getProperty("concerto.test.pg.password", "");
        String database = "concerto_it_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
             Statement sql = admin.createStatement()) {
            dropLeftovers(sql);
            sql.execute("CREATE DATABASE " + database);
        }
        return CoreRuntime.options(server + database, user, password, name);
    }

    /**
     * Databases of earlier runs (other processes); one still in use is left alone. This run's own
     * databases stay: Pax Exam asks every test class for its configuration before running any.
     */
    private static void dropLeftovers(Statement sql) throws SQLException {
        String ours = "concerto_it_" + ProcessHandle.current().pid() + "_";
        java.util.List<String> names = new java.util.ArrayList<>();
        try (var rows = sql.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'concerto\\_it\\_%'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        for (String name : names) {
            if (name.startsWith(ours)) {
                continue;
            }
            try {
                sql.execute("DROP DATABASE " + name);
            } catch (SQLException inUse) {
                // another test run is using it
            }
        }
    }
}
