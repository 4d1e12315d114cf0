package ca.concerto.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The host's settings: {@code <home>/conf/concerto.properties}, overridden by environment variables
 * ({@code CONCERTO_HTTP_PORT}...), overridden by system properties ({@code concerto.http.port}...).
 */
public record HostConfig(Path home, int httpPort, String dbUrl, String dbUser, String dbPassword, boolean demo,
                         Map<String, String> bundleSettings) {

    public HostConfig {
        bundleSettings = Map.copyOf(bundleSettings);
    }

    /** The keys of the properties file; the environment variable and system property names derive from them. */
    public static final String HTTP_PORT = "http.port";
    public static final String DB_URL = "db.url";
    public static final String DB_USER = "db.user";
    public static final String DB_PASSWORD = "db.password";
    public static final String DEMO = "demo";
    private static final java.util.Set<String> HOST_KEYS = java.util.Set.of(HTTP_PORT, DB_URL, DB_USER, DB_PASSWORD, DEMO);

    public Path data() {
        return home.resolve("data");
    }

    public Path bundles() {
        return home.resolve("bundles");
    }

    public Path modules() {
        return home.resolve("modules");
    }

    public Path logs() {
        return home.resolve("logs");
    }

    /** The database kind, for the logs. */
    public String dbKind() {
        if (dbUrl.startsWith("jdbc:h2:")) {
            return "H2";
        }
        if (dbUrl.startsWith("jdbc:postgresql:")) {
            return "PostgreSQL";
        }
        return "JDBC";
    }

    /** The database URL without any password parameter, for the logs. */
    public String dbUrlForLog() {
        return dbUrl.replaceAll("(?i)(password=)[^&;]*", "$1****");
    }

    /** The home from the system property {@code concerto.home}, else the current directory. */
    public static Path homeFrom(Properties sys) {
        String h = sys.getProperty("concerto.home");
        return Path.of(h == null || h.isBlank() ? "." : h).toAbsolutePath().normalize();
    }

    /** Reads {@code <home>/conf/concerto.properties} (absent file: no values). */
    public static Properties readFile(Path home) {
        Properties p = new Properties();
        Path file = home.resolve("conf").resolve("concerto.properties");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return p;
    }

    /** The whole resolution as the host does it at start; command-line options win over everything. */
    public static HostConfig load(String[] args) {
        Path home = homeFrom(System.getProperties());
        Properties overrides = new Properties();
        overrides.putAll(System.getProperties());
        overrides.putAll(commandLine(args));
        return resolve(home, readFile(home), System.getenv(), overrides);
    }

    /**
     * The start script's options as system-property overrides: {@code --demo}, {@code --port N}.
     *
     * @throws IllegalArgumentException for an unknown option or a missing value
     */
    static Properties commandLine(String[] args) {
        Properties options = new Properties();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--demo" -> options.setProperty(sysName(DEMO), "true");
                case "--port" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--port needs a port number");
                    }
                    options.setProperty(sysName(HTTP_PORT), args[++i]);
                }
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + " (options: --demo, --port N)");
            }
        }
        return options;
    }

    /** Precedence: system property, then environment variable, then file, then default; a blank value counts as unset. */
    public static HostConfig resolve(Path home, Properties file, Map<String, String> env, Properties sys) {
        Path absHome = home.toAbsolutePath().normalize();
        String defaultUrl = "jdbc:h2:file:" + absHome.resolve("data").resolve("concerto");
        String port = value(HTTP_PORT, file, env, sys, "8080");
        int httpPort;
        try {
            httpPort = Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("http.port is not a number: " + port, e);
        }
        return new HostConfig(absHome, httpPort,
                expand(value(DB_URL, file, env, sys, defaultUrl), absHome),
                value(DB_USER, file, env, sys, ""),
                value(DB_PASSWORD, file, env, sys, ""),
                Boolean.parseBoolean(value(DEMO, file, env, sys, "false").trim()),
                bundleSettings(file));
    }

    /**
     * The file's other keys, for the bundles: {@code adoption.boardReminderAfter=P7D} becomes the
     * framework property {@code concerto.adoption.boardReminderAfter}. A system property of that
     * name still wins, since bundles read framework properties and then system properties.
     */
    static Map<String, String> bundleSettings(Properties file) {
        Map<String, String> settings = new java.util.TreeMap<>();
        for (String key : file.stringPropertyNames()) {
            String value = file.getProperty(key);
            if (!HOST_KEYS.contains(key) && value != null && !value.isBlank()) {
                settings.put(sysName(key), value.strip());
            }
        }
        return settings;
    }

    static String envName(String key) {
        return "CONCERTO_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }

    static String sysName(String key) {
        return "concerto." + key;
    }

    private static String value(String key, Properties file, Map<String, String> env, Properties sys, String def) {
        for (String v : new String[] {sys.getProperty(sysName(key)), env.get(envName(key)), file.getProperty(key)}) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return def;
    }

    /** Lets the file say {@code ${concerto.home}}. */
    private static String expand(String v, Path home) {
        return v.replace("${concerto.home}", home.toString());
    }
}
