package ca.concerto.host;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sends the console (and so slf4j-simple, which writes to {@code System.err}) to both the console and
 * {@code <home>/logs/concerto.log}. Must run before the first slf4j logger is created.
 */
final class LogSetup {

    private LogSetup() {
    }

    static void init(Path logs) throws IOException {
        Files.createDirectories(logs);
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "info");
        setIfAbsent("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.org.atmosphere", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.com.vaadin.flow.server.communication.AtmospherePushConnection", "warn");
        OutputStream file = new FileOutputStream(logs.resolve("concerto.log").toFile(), true);
        System.setOut(new PrintStream(new Tee(System.out, file), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(System.err, file), true, StandardCharsets.UTF_8));
    }

    private static void setIfAbsent(String k, String v) {
        if (System.getProperty(k) == null) {
            System.setProperty(k, v);
        }
    }

    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public synchronized void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }

        @Override
        public synchronized void flush() throws IOException {
            a.flush();
            b.flush();
        }
    }
}
