package ca.concerto.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.model.bpmn.Bpmn;

/**
 * The engine as the platform configures it, on a pool of two connections, under more concurrent
 * commands than connections: each command gets its connection in turn and none fails. With the
 * engine's default id generator this stalled: a command fetching the next block of ids waited for a
 * connection held by commands waiting for an id, until the pool's timeout failed them.
 */
class EngineUnderBurstTest {

    private static final int THREADS = 6;
    private static final int CYCLES_PER_THREAD = 40;

    @Test
    void moreCommandsThanConnectionsAllComplete() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:burst-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        ProcessEngine engine = ProcessEngineComponent.configuration(new BoundedPool(h2, 2, 5), new DelegateRegistry(), false)
                .buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment()
                    .addModelInstance("burst.bpmn", Bpmn.createExecutableProcess("burst")
                            .startEvent().userTask("decide").endEvent().done())
                    .deploy();
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Integer>> work = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    work.add(threads.submit(() -> {
                        TaskService tasks = engine.getTaskService();
                        int completed = 0;
                        for (int i = 0; i < CYCLES_PER_THREAD; i++) {
                            String instance = engine.getRuntimeService().startProcessInstanceByKey("burst").getId();
                            Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
                            tasks.complete(task.getId());
                            completed++;
                        }
                        return completed;
                    }));
                }
                int completed = 0;
                for (Future<Integer> w : work) {
                    completed += w.get(5, TimeUnit.MINUTES);
                }
                assertEquals(THREADS * CYCLES_PER_THREAD, completed);
            } finally {
                threads.shutdownNow();
            }
            assertEquals(THREADS * CYCLES_PER_THREAD, engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .finished().count());
        } finally {
            engine.close();
        }
    }

    /** A pool of a few connections that makes a caller wait for one, then fails it, as the platform's pool does. */
    private static final class BoundedPool implements DataSource {
        private final DataSource target;
        private final Semaphore free;
        private final int timeoutSeconds;

        BoundedPool(DataSource target, int size, int timeoutSeconds) {
            this.target = target;
            this.free = new Semaphore(size, true);
            this.timeoutSeconds = timeoutSeconds;
        }

        @Override
        public Connection getConnection() throws SQLException {
            try {
                if (!free.tryAcquire(timeoutSeconds, TimeUnit.SECONDS)) {
                    throw new SQLTransientConnectionException("no connection free after " + timeoutSeconds + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLTransientConnectionException("interrupted", e);
            }
            Connection connection;
            try {
                connection = target.getConnection();
            } catch (SQLException | RuntimeException e) {
                free.release();
                throw e;
            }
            boolean[] closed = {false};
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            if (!closed[0]) {
                                closed[0] = true;
                                free.release();
                                connection.close();
                            }
                            return null;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override public PrintWriter getLogWriter() { return null; }
        @Override public void setLogWriter(PrintWriter out) { }
        @Override public void setLoginTimeout(int seconds) { }
        @Override public int getLoginTimeout() { return timeoutSeconds; }
        @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }
        @Override public <T> T unwrap(Class<T> type) throws SQLException { throw new SQLException("not a wrapper"); }
        @Override public boolean isWrapperFor(Class<?> type) { return false; }
    }
}
