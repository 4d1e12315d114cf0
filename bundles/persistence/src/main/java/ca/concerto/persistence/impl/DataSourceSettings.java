package ca.concerto.persistence.impl;

import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Function;

import org.osgi.service.jdbc.DataSourceFactory;

/**
 * Where the main database is, read from framework properties: {@code concerto.db.url} (default
 * {@code jdbc:h2:file:<concerto.data>/concerto}, {@code concerto.data} defaulting to {@code ./data}),
 * {@code concerto.db.user}, {@code concerto.db.password}, {@code concerto.db.pool.size} (default 10,
 * the plan store's pool) and {@code concerto.db.engine.pool.size} (default 10, the workflow engine's).
 */
record DataSourceSettings(String url, String user, String password, int poolSize, int enginePoolSize) {

    static DataSourceSettings from(Function<String, String> property) {
        String url = property.apply("concerto.db.url");
        if (url == null || url.isBlank()) {
            String data = property.apply("concerto.data");
            Path dir = Path.of(data == null || data.isBlank() ? "./data" : data).toAbsolutePath().normalize();
            url = "jdbc:h2:file:" + dir.resolve("concerto").toString().replace('\\', '/');
        }
        return new DataSourceSettings(url.strip(), property.apply("concerto.db.user"),
                property.apply("concerto.db.password"), size(property, "concerto.db.pool.size"),
                size(property, "concerto.db.engine.pool.size"));
    }

    private static int size(Function<String, String> property, String name) {
        String size = property.apply(name);
        return size == null || size.isBlank() ? 10 : Integer.parseInt(size.strip());
    }

    /** The driver class whose DataSourceFactory serves this URL. */
    String driverClass() {
        if (url.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        throw new IllegalArgumentException("concerto.db.url " + url
                + " is not supported: use jdbc:h2:... or jdbc:postgresql:...");
    }

    /** The LDAP filter of the matching DataSourceFactory service. */
    String factoryFilter() {
        return "(&(objectClass=" + DataSourceFactory.class.getName() + ")("
                + DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=" + driverClass() + "))";
    }

    Properties factoryProperties() {
        Properties p = new Properties();
        p.setProperty(DataSourceFactory.JDBC_URL, url);
        if (user != null && !user.isEmpty()) {
            p.setProperty(DataSourceFactory.JDBC_USER, user);
        }
        if (password != null && !password.isEmpty()) {
            p.setProperty(DataSourceFactory.JDBC_PASSWORD, password);
        }
        return p;
    }

    /** The URL without its parameters, for logs. */
    String safeUrl() {
        int cut = url.indexOf(';') >= 0 ? url.indexOf(';') : url.indexOf('?');
        return cut < 0 ? url : url.substring(0, cut);
    }

    @Override
    public String toString() {
        return "DataSourceSettings[url=" + safeUrl() + ", user=" + user + ", poolSize=" + poolSize + ", enginePoolSize=" + enginePoolSize + "]";
    }
}
