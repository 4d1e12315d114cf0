package ca.concerto.plan.store.impl;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/** Counts the SQL statements prepared through a DataSource: how many round trips a call of the store makes. */
final class StatementCounter {

    private final AtomicInteger prepared = new AtomicInteger();

    int count() {
        return prepared.get();
    }

    /** The statements the call prepares. */
    int during(Runnable call) {
        int before = prepared.get();
        call.run();
        return prepared.get() - before;
    }

    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (name, result) -> name.equals("getConnection")
                ? proxy(Connection.class, (Connection) result, (n, r) -> {
                    if (n.startsWith("prepare") || n.equals("createStatement")) {
                        prepared.incrementAndGet();
                    }
                    return r;
                })
                : result);
    }

    private interface After {
        Object apply(String method, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, After after) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            try {
                return after.apply(method.getName(), method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
