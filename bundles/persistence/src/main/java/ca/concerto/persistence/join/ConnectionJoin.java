package ca.concerto.persistence.join;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * Lets the store's writes join the transaction the engine has open on the same thread.
 * <p>
 * The <em>leading</em> DataSource (the engine's) binds each connection it hands out to the calling thread
 * until that connection is closed. The <em>joining</em> DataSource (the store's) hands out the thread's
 * innermost bound connection when there is one, behind a view whose {@code commit}, {@code close} and
 * {@code setAutoCommit} do nothing: the engine commits or rolls back the whole. A {@code rollback} through
 * the view cannot undo only the store's part, so it marks the transaction: the leading connection then
 * refuses to commit (it rolls back and throws), and nothing half-done is kept. A transaction with joined
 * work that ends without the engine's commit (closed, or auto-commit switched back on) is rolled back.
 * Without a bound connection
 * the joining DataSource is its own pool, unchanged.
 * <p>
 * Both must reach the same database: the pair is meant for the platform's main database, on which the
 * persistence bundle opens the engine's pool and the store's.
 */
public final class ConnectionJoin {
    private static final ThreadLocal<Deque<Bound>> BOUND = ThreadLocal.withInitial(ArrayDeque::new);

    private ConnectionJoin() {
    }

    /** The engine's side: its connections are bound to the thread while open. */
    public static DataSource leading(DataSource dataSource) {
        return new Wrapped(dataSource, true);
    }

    /** The store's side: uses the thread's bound connection when there is one. */
    public static DataSource joining(DataSource dataSource) {
        return new Wrapped(dataSource, false);
    }

    /** Whether a leading connection is open on this thread (store calls would join it). */
    public static boolean isJoinable() {
        return !BOUND.get().isEmpty();
    }

    private static final class Bound {
        final Connection connection;
        /** A joined part rolled back: the transaction must not commit. */
        boolean rollbackOnly;
        /** Joined statements ran since the transaction's last commit or rollback. */
        boolean joinedWork;

        Bound(Connection connection) {
            this.connection = connection;
        }
    }

    private static final class Wrapped implements DataSource {
        private final DataSource target;
        private final boolean leading;

        Wrapped(DataSource target, boolean leading) {
            this.target = Objects.requireNonNull(target, "dataSource");
            this.leading = leading;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return wrap(null);
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return wrap(new String[] {user, password});
        }

        private Connection wrap(String[] credentials) throws SQLException {
            if (!leading) {
                Bound bound = BOUND.get().peek();
                if (bound != null) {
                    return proxy(new Joined(bound));
                }
                return open(credentials);
            }
            Bound bound = new Bound(open(credentials));
            BOUND.get().push(bound);
            return proxy(new Leading(bound));
        }

        private Connection open(String[] credentials) throws SQLException {
            return credentials == null ? target.getConnection() : target.getConnection(credentials[0], credentials[1]);
        }

        @Override public PrintWriter getLogWriter() throws SQLException { return target.getLogWriter(); }
        @Override public void setLogWriter(PrintWriter out) throws SQLException { target.setLogWriter(out); }
        @Override public void setLoginTimeout(int seconds) throws SQLException { target.setLoginTimeout(seconds); }
        @Override public int getLoginTimeout() throws SQLException { return target.getLoginTimeout(); }
        @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException { return target.getParentLogger(); }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return iface.isInstance(this) ? iface.cast(this) : target.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return iface.isInstance(this) || target.isWrapperFor(iface);
        }

        @Override
        public String toString() {
            return (leading ? "leading " : "joining ") + target;
        }
    }

    private static Connection proxy(InvocationHandler handler) {
        return (Connection) Proxy.newProxyInstance(ConnectionJoin.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private static Object call(Connection connection, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The engine's connection: unbound on close; refuses to commit once a joined part rolled back. */
    private record Leading(Bound bound) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "commit" -> {
                    boolean refused = bound.rollbackOnly;
                    endTransaction(refused);
                    if (refused) {
                        throw new SQLException("A write joined to this transaction failed and was rolled back;"
                                + " the whole transaction was rolled back with it.");
                    }
                    return null;
                }
                case "rollback" -> {
                    if (args != null) {
                        return call(bound.connection, method, args);
                    }
                    endTransaction(true);
                    return null;
                }
                case "setAutoCommit" -> {
                    // MyBatis ends a session that wrote nothing itself (a command that failed before the
                    // engine flushed) by switching auto-commit back on, which would commit joined writes
                    if (Boolean.TRUE.equals(args[0]) && bound.joinedWork) {
                        endTransaction(true);
                    }
                    return call(bound.connection, method, args);
                }
                case "close" -> {
                    try {
                        if (bound.joinedWork && !bound.connection.isClosed() && !bound.connection.getAutoCommit()) {
                            endTransaction(true); // ended without a commit: rolled back, as a pool would
                        }
                    } finally {
                        BOUND.get().remove(bound);
                        if (BOUND.get().isEmpty()) {
                            BOUND.remove();
                        }
                        bound.connection.close();
                    }
                    return null;
                }
                case "unwrap", "isWrapperFor", "equals", "hashCode", "toString" -> {
                    return objectMethod(proxy, method, args, bound.connection);
                }
                default -> {
                    return call(bound.connection, method, args);
                }
            }
        }

        private void endTransaction(boolean rollback) throws SQLException {
            bound.rollbackOnly = false;
            bound.joinedWork = false;
            if (rollback) {
                bound.connection.rollback();
            } else {
                bound.connection.commit();
            }
        }
    }

    /** The store's view of the engine's connection: the transaction's ends belong to the engine. */
    private static final class Joined implements InvocationHandler {
        private final Bound bound;
        private boolean closed;

        Joined(Bound bound) {
            this.bound = bound;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "commit", "setAutoCommit", "setReadOnly", "setTransactionIsolation" -> {
                    return null;
                }
                case "rollback" -> {
                    if (args != null) {
                        return call(bound.connection, method, args);
                    }
                    bound.rollbackOnly = true;
                    return null;
                }
                case "close" -> {
                    closed = true;
                    return null;
                }
                case "isClosed" -> {
                    return closed || bound.connection.isClosed();
                }
                case "unwrap", "isWrapperFor", "equals", "hashCode", "toString" -> {
                    return objectMethod(proxy, method, args, bound.connection);
                }
                default -> {
                    if (closed) {
                        throw new SQLException("Connection is closed");
                    }
                    bound.joinedWork = true;
                    return call(bound.connection, method, args);
                }
            }
        }
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args, Connection target) throws Throwable {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "joined " + target;
            case "isWrapperFor" -> ((Class<?>) args[0]).isInstance(proxy) || target.isWrapperFor((Class<?>) args[0]);
            default -> ((Class<?>) args[0]).isInstance(proxy) ? proxy : target.unwrap((Class<?>) args[0]);
        };
    }
}
