package ca.concerto.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What an administrator sees when Concerto cannot start: one clear message and a non-zero exit code. */
class StartupFailuresIT {

    @Test
    void unreachableDatabaseGivesOneClearMessageAndExitCode() {
        Path home = RunningConcerto.newHome("unreachable-db");
        RunningConcerto.FailedStart start = RunningConcerto.startExpectingFailure(home,
                Map.of("CONCERTO_DB_URL", "jdbc:postgresql://127.0.0.1:1/concerto", "CONCERTO_DB_USER", "concerto"));
        String console = start.console();
        assertEquals(2, start.exitCode(), console);
        assertTrue(console.contains("Impossible de joindre la base de données"), console);
        assertTrue(console.contains("127.0.0.1:1"), console);
    }

    @Test
    void secondStartOnALockedH2DatabaseSaysItIsInUse() throws Exception {
        Path home = RunningConcerto.newHome("locked-h2");
        try (RunningConcerto first = RunningConcerto.start(home, Map.of())) {
            String firstDatabase = "jdbc:h2:file:" + home.toAbsolutePath().resolve("data/concerto");
            RunningConcerto.FailedStart second = RunningConcerto.startExpectingFailure(
                    RunningConcerto.newHome("locked-h2-second"), Map.of("CONCERTO_DB_URL", firstDatabase));
            assertEquals(2, second.exitCode(), second.console());
            assertTrue(second.console().contains("est déjà utilisée par une autre instance de Concerto"),
                    second.console());

            RunningConcerto.FailedStart sameHome = RunningConcerto.startExpectingFailure(home, Map.of());
            assertEquals(2, sameHome.exitCode(), sameHome.console());
            assertTrue(sameHome.console().contains("déjà utilisé par une autre instance"), sameHome.console());

            // The first instance is unharmed.
            HttpURLConnection page = (HttpURLConnection) URI.create(first.url("")).toURL().openConnection();
            assertEquals(200, page.getResponseCode());
            assertTrue(first.isAlive());
        }
    }
}
