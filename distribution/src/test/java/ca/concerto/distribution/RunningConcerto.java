package ca.concerto.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The built distribution started as a user starts it ({@code bin/concerto}), in a home of its own:
 * a copy of conf/ with lib/ and bundles/ linked, fresh data/, logs/ and modules/.
 */
final class RunningConcerto implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    final Path home;
    final int port;
    final Path output;
    private final Process process;

    private RunningConcerto(Path home, int port, Process process, Path output) {
        this.home = home;
        this.port = port;
        this.process = process;
        this.output = output;
    }

    /** A new home for one instance, under target/. */
    static Path newHome(String name) {
        Path distribution = Path.of(System.getProperty("concerto.distribution"));
        Path home = distribution.getParent().resolve("it-homes").resolve(name);
        try {
            deleteRecursively(home);
            Files.createDirectories(home.resolve("conf"));
            Files.createDirectories(home.resolve("modules"));
            Files.createDirectories(home.resolve("bin"));
            for (String linked : new String[] {"lib", "bundles"}) {
                Files.createSymbolicLink(home.resolve(linked), distribution.resolve(linked).toAbsolutePath());
            }
            Files.copy(distribution.resolve("conf/concerto.properties"), home.resolve("conf/concerto.properties"));
            Files.copy(distribution.resolve("bin/concerto"), home.resolve("bin/concerto"));
            home.resolve("bin/concerto").toFile().setExecutable(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return home;
    }

    /** Starts the platform and returns once it serves its first page. */
    static RunningConcerto start(Path home, Map<String, String> environment, String... arguments) {
        int port = freePort();
        Path output = consoleFile(home);
        Process process = launch(home, port, output, environment, arguments);
        RunningConcerto concerto = new RunningConcerto(home, port, process, output);
        concerto.awaitFirstPage();
        return concerto;
    }

    /** How a start that was expected to fail ended. */
    record FailedStart(int exitCode, String console) {
    }

    /** Starts the platform expecting it to refuse to start. */
    static FailedStart startExpectingFailure(Path home, Map<String, String> environment, String... arguments) {
        Path output = consoleFile(home);
        Process process = launch(home, freePort(), output, environment, arguments);
        try {
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("Concerto did not stop by itself; see " + output);
            }
            return new FailedStart(process.exitValue(), Files.readString(output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One console file per start, so two instances on one home keep their output apart. */
    private static Path consoleFile(Path home) {
        for (int n = 1; ; n++) {
            Path candidate = home.resolve("console-" + n + ".log");
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }

    private static Process launch(Path home, int port, Path output, Map<String, String> environment,
                                  String... arguments) {
        String[] command = new String[arguments.length + 3];
        command[0] = home.resolve("bin/concerto").toString();
        command[1] = "--port";
        command[2] = Integer.toString(port);
        System.arraycopy(arguments, 0, command, 3, arguments.length);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("CONCERTO_JAVA_OPTS", "-Xmx768m");
        builder.environment().putAll(environment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    String console() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private void awaitFirstPage() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Concerto exited with " + process.exitValue() + ":\n" + console());
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url("")).toURL().openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(5000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            sleep(500);
        }
        close();
        throw new AssertionError("Concerto served no page within " + START_TIMEOUT + ":\n" + console());
    }

    /** Sends SIGTERM, as Ctrl-C or a service manager does, and returns the exit code. */
    int stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("Concerto did not stop within 60 s of SIGTERM");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
