package ca.concerto.host;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Checks done before anything starts: the database answers and is not used by another Concerto, the port is free. */
public final class Preflight {

    public enum Kind { OK, UNREACHABLE, IN_USE, ERROR }

    /**
     * The outcome of a check; {@code messageKey} and {@code args} name the text in {@link Messages}.
     */
    public record Result(Kind kind, String messageKey, Object... args) {
        public boolean ok() {
            return kind == Kind.OK;
        }

        public String bilingualMessage() {
            return Messages.bilingual(messageKey, args);
        }
    }

    /** H2: "Database may be already in use". */
    static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** H2: database not found and IFEXISTS=TRUE: a first start, the core creates it. */
    static final int H2_DATABASE_NOT_FOUND_IF_EXISTS = 90146;
    /** H2: connection broken (server mode). */
    static final int H2_CONNECTION_BROKEN = 90067;

    private Preflight() {
    }

    public static Result checkPort(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(port));
            return new Result(Kind.OK, "preflight.ok");
        } catch (IOException e) {
            return new Result(Kind.IN_USE, "preflight.port.inUse", String.valueOf(port));
        }
    }

    /**
     * Locks {@code <home>/data/concerto.lock} for the life of this JVM: two hosts on one home would wipe each
     * other's Felix cache. The lock is released by the operating system when the process ends.
     */
    public static Result lockHome(java.nio.file.Path data) {
        try {
            java.nio.file.Files.createDirectories(data);
            java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(data.resolve("concerto.lock"),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
            java.nio.channels.FileLock lock = ch.tryLock();
            if (lock == null) {
                ch.close();
                return new Result(Kind.IN_USE, "preflight.home.inUse", data.getParent().toString());
            }
            homeLock = lock;
            return new Result(Kind.OK, "preflight.ok");
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            return new Result(Kind.IN_USE, "preflight.home.inUse", data.getParent().toString());
        }
    }

    @SuppressWarnings("unused")
    private static volatile java.nio.channels.FileLock homeLock;

    public static Result checkDatabase(String url, String user, String password) {
        String shownUrl = url.replaceAll("(?i)(password=)[^&;]*", "$1****");
        Properties props = new Properties();
        props.setProperty("user", user == null ? "" : user);
        props.setProperty("password", password == null ? "" : password);
        String connectUrl = url;
        boolean h2 = url.startsWith("jdbc:h2:");
        if (h2) {
            // never create the database here: the core does it with its own driver
            if (!url.toUpperCase(java.util.Locale.ROOT).contains("IFEXISTS=")) {
                connectUrl = url + ";IFEXISTS=TRUE";
            }
        } else if (url.startsWith("jdbc:postgresql:")) {
            props.setProperty("connectTimeout", "5");
            props.setProperty("loginTimeout", "10");
            props.setProperty("socketTimeout", "10");
        }
        try (Connection c = DriverManager.getConnection(connectUrl, props)) {
            c.isValid(5);
            return new Result(Kind.OK, "preflight.ok");
        } catch (SQLException e) {
            return classify(e, h2, shownUrl);
        } catch (RuntimeException e) {
            return new Result(Kind.ERROR, "preflight.db.error", shownUrl, String.valueOf(e.getMessage()));
        }
    }

    static Result classify(SQLException e, boolean h2, String shownUrl) {
        if (h2) {
            int code = errorCode(e);
            if (code == H2_DATABASE_NOT_FOUND_IF_EXISTS) {
                return new Result(Kind.OK, "preflight.ok");
            }
            if (code == H2_DATABASE_ALREADY_OPEN) {
                return new Result(Kind.IN_USE, "preflight.db.inUse", shownUrl);
            }
            if (code == H2_CONNECTION_BROKEN) {
                return new Result(Kind.UNREACHABLE, "preflight.db.unreachable", shownUrl, reasonKey(e));
            }
        }
        String state = e.getSQLState();
        if ((state != null && state.startsWith("08")) || hasNetworkCause(e)) {
            return new Result(Kind.UNREACHABLE, "preflight.db.unreachable", shownUrl, reasonKey(e));
        }
        if ("No suitable driver".equalsIgnoreCase(String.valueOf(e.getMessage())) || "08001".equals(state)) {
            return new Result(Kind.ERROR, "preflight.db.noDriver", shownUrl);
        }
        return new Result(Kind.ERROR, "preflight.db.error", shownUrl, firstLine(e.getMessage()));
    }

    private static int errorCode(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() != 0) {
                return s.getErrorCode();
            }
        }
        return 0;
    }

    private static boolean hasNetworkCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException || t instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    /** A reason as a {@link MessageReason} so each language gets its own words. */
    private static MessageReason reasonKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return new MessageReason("preflight.reason.refused");
            }
            if (t instanceof UnknownHostException) {
                return new MessageReason("preflight.reason.unknownHost");
            }
            if (t instanceof SocketTimeoutException) {
                return new MessageReason("preflight.reason.timeout");
            }
        }
        return new MessageReason("preflight.reason.other");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** An argument that {@link Messages} renders in the message's own language. */
    public record MessageReason(String key) {
    }
}
