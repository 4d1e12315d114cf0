package ca.concerto.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostConfigTest {

    @TempDir
    Path home;

    @Test
    void defaultsWithoutFileEnvOrSystemProperties() {
        HostConfig c = HostConfig.resolve(home, new Properties(), Map.of(), new Properties());
        assertEquals(8080, c.httpPort());
        assertEquals("jdbc:h2:file:" + home.toAbsolutePath().normalize().resolve("data").resolve("concerto"), c.dbUrl());
        assertEquals("", c.dbUser());
        assertFalse(c.demo());
        assertEquals("H2", c.dbKind());
    }

    @Test
    void fileThenEnvironmentThenSystemProperty() throws Exception {
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/concerto.properties"), """
                http.port=9000
                db.url=jdbc:postgresql://db.example:5432/concerto
                db.user=fileuser
                db.password=filepw
                demo=true
                """);
        Properties file = HostConfig.readFile(home);

        HostConfig fromFile = HostConfig.resolve(home, file, Map.of(), new Properties());
        assertEquals(9000, fromFile.httpPort());
        assertEquals("jdbc:postgresql://db.example:5432/concerto", fromFile.dbUrl());
        assertEquals("PostgreSQL", fromFile.dbKind());
        assertEquals("fileuser", fromFile.dbUser());
        assertTrue(fromFile.demo());

        Map<String, String> env = Map.of("CONCERTO_HTTP_PORT", "9100", "CONCERTO_DB_USER", "envuser",
                "CONCERTO_DEMO", "false");
        HostConfig fromEnv = HostConfig.resolve(home, file, env, new Properties());
        assertEquals(9100, fromEnv.httpPort());
        assertEquals("envuser", fromEnv.dbUser());
        assertEquals("filepw", fromEnv.dbPassword());
        assertFalse(fromEnv.demo());

        Properties sys = new Properties();
        sys.setProperty("concerto.http.port", "9200");
        sys.setProperty("concerto.db.password", "syspw");
        HostConfig fromSys = HostConfig.resolve(home, file, env, sys);
        assertEquals(9200, fromSys.httpPort());
        assertEquals("syspw", fromSys.dbPassword());
        assertEquals("envuser", fromSys.dbUser());
    }

    @Test
    void homeFromSystemPropertyAndPlaceholder() {
        Properties sys = new Properties();
        sys.setProperty("concerto.home", home.toString());
        assertEquals(home.toAbsolutePath().normalize(), HostConfig.homeFrom(sys));
        Properties file = new Properties();
        file.setProperty("db.url", "jdbc:h2:file:${concerto.home}/db/x");
        HostConfig c = HostConfig.resolve(home, file, Map.of(), new Properties());
        assertEquals("jdbc:h2:file:" + home.toAbsolutePath().normalize() + "/db/x", c.dbUrl());
    }

    @Test
    void passwordHiddenInLoggedUrl() {
        Properties sys = new Properties();
        sys.setProperty("concerto.db.url", "jdbc:postgresql://h/db?user=a&password=secret&ssl=true");
        HostConfig c = HostConfig.resolve(home, new Properties(), Map.of(), sys);
        assertFalse(c.dbUrlForLog().contains("secret"));
        assertTrue(c.dbUrlForLog().contains("ssl=true"));
    }

    @Test
    void blankValuesInTheFileMeanTheDefault() {
        Properties file = new Properties();
        file.setProperty("db.url", "");
        file.setProperty("http.port", " ");
        HostConfig config = HostConfig.resolve(Path.of("/srv/concerto"), file, Map.of(), new Properties());
        assertEquals("jdbc:h2:file:/srv/concerto/data/concerto", config.dbUrl());
        assertEquals(8080, config.httpPort());
    }

    @Test
    void commandLineOptionsBecomeOverrides() {
        Properties options = HostConfig.commandLine(new String[] {"--demo", "--port", "9123"});
        Properties file = new Properties();
        file.setProperty("http.port", "8081");
        HostConfig config = HostConfig.resolve(Path.of("/srv/concerto"), file, Map.of("CONCERTO_DEMO", "false"), options);
        assertTrue(config.demo());
        assertEquals(9123, config.httpPort());
    }

    @Test
    void unknownOrIncompleteOptionsAreRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> HostConfig.commandLine(new String[] {"--demmo"}));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> HostConfig.commandLine(new String[] {"--port"}));
    }

    @Test
    void otherKeysOfTheFileGoToTheBundles() {
        Properties file = new Properties();
        file.setProperty("http.port", "8081");
        file.setProperty("adoption.boardReminderAfter", "P7D");
        file.setProperty("empty.setting", " ");
        HostConfig config = HostConfig.resolve(Path.of("/srv/concerto"), file, Map.of(), new Properties());
        assertEquals(Map.of("concerto.adoption.boardReminderAfter", "P7D"), config.bundleSettings());
    }
}
