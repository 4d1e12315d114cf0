package ca.concerto.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightTest {

    @TempDir
    Path dir;

    @Test
    void freshH2FileIsFineAndNotCreated() {
        String url = "jdbc:h2:file:" + dir.resolve("fresh");
        Preflight.Result r = Preflight.checkDatabase(url, "sa", "");
        assertEquals(Preflight.Kind.OK, r.kind(), r.bilingualMessage());
        assertTrue(!dir.resolve("fresh.mv.db").toFile().exists(), "preflight must not create the database");
    }

    @Test
    void existingH2FileNotInUseIsFine() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("free");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("create table t(id int)");
        }
        assertEquals(Preflight.Kind.OK, Preflight.checkDatabase(url, "sa", "").kind());
    }

    /** Another process (as another Concerto would) holds the H2 file: the preflight says "already in use". */
    @Test
    void h2FileLockedByAnotherProcessIsInUse() throws Exception {
        Path db = dir.resolve("locked");
        String url = "jdbc:h2:file:" + db;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                H2Holder.class.getName(), url).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // skip JVM warnings
            }
            assertEquals("READY", line, "holder process did not open the database");
            Preflight.Result r = Preflight.checkDatabase(url, "sa", "");
            assertEquals(Preflight.Kind.IN_USE, r.kind(), r.bilingualMessage());
            String msg = r.bilingualMessage();
            assertTrue(msg.contains("est déjà utilisée par une autre instance de Concerto"), msg);
            assertTrue(msg.contains("already used by another running Concerto"), msg);
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void postgresqlOnClosedPortIsUnreachable() {
        Preflight.Result r = Preflight.checkDatabase("jdbc:postgresql://127.0.0.1:1/concerto", "concerto", "x");
        assertEquals(Preflight.Kind.UNREACHABLE, r.kind(), r.bilingualMessage());
        String msg = r.bilingualMessage();
        assertTrue(msg.startsWith("Impossible de joindre la base de données jdbc:postgresql://127.0.0.1:1/concerto : connexion refusée."), msg);
        assertTrue(msg.contains("Cannot reach the database jdbc:postgresql://127.0.0.1:1/concerto: connection refused."), msg);
    }

    @Test
    void portInUse() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            Preflight.Result r = Preflight.checkPort(s.getLocalPort());
            assertEquals(Preflight.Kind.IN_USE, r.kind());
            assertTrue(r.bilingualMessage().contains(String.valueOf(s.getLocalPort())));
        }
        int free;
        try (ServerSocket s = new ServerSocket(0)) {
            free = s.getLocalPort();
        }
        assertEquals(Preflight.Kind.OK, Preflight.checkPort(free).kind());
    }

    /** Run in a child JVM: opens the H2 database and keeps it open until killed. */
    public static final class H2Holder {
        public static void main(String[] args) throws Exception {
            try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
                c.createStatement().execute("create table if not exists t(id int)");
                System.out.println("READY");
                System.out.flush();
                Thread.sleep(120_000);
            }
        }
    }
}
