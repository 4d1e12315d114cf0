package ca.concerto.cycle.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rough profile of where a cycle's time goes, for the separate profiling pass only (the measured
 * cycles run without it): services are wrapped in proxies that time each call, by category
 * ("store", "engine"). Times are exclusive: a store call made by a delegate inside an engine call
 * counts as store, and is taken out of that engine call. The engine's services hand out their
 * queries and builders wrapped too, so a query's list() is timed as engine. Concerto's own services
 * (inbox, workflow) are wrapped as a third category: their exclusive time is Concerto's code between
 * the engine and store calls they make. Single-threaded.
 */
public final class Profiler {

    /** Calls and exclusive time of one method, or of a whole category. */
    public static final class Stat {
        long calls;
        long nanos;
        long inclusive;
    }

    private final Map<String, Stat> methods = new LinkedHashMap<>();
    private final Map<String, Stat> categories = new LinkedHashMap<>();
    private final Deque<long[]> frames = new ArrayDeque<>(); // {start, nanos of the calls inside}

    @SuppressWarnings("unchecked")
    public <T> T wrap(Class<T> type, T target, String category) {
        if (target == null || Proxy.isProxyClass(target.getClass())) {
            return target;
        }
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new Timed(target, category, type.getSimpleName()));
    }

    public void reset() {
        methods.clear();
        categories.clear();
    }

    public Stat category(String category) {
        return categories.getOrDefault(category, new Stat());
    }

    public long calls(String category) {
        return category(category).calls;
    }

    public long nanos(String category) {
        return category(category).nanos;
    }

    /** The most costly methods ("category Type.method"), by exclusive time. */
    public List<Map.Entry<String, Stat>> top(String category, int limit) {
        return top(category, limit, false);
    }

    /** The most costly methods ("category Type.method"), by exclusive or inclusive time. */
    public List<Map.Entry<String, Stat>> top(String category, int limit, boolean inclusive) {
        List<Map.Entry<String, Stat>> all = new ArrayList<>();
        for (Map.Entry<String, Stat> e : methods.entrySet()) {
            if (e.getKey().startsWith(category + " ")) {
                all.add(e);
            }
        }
        all.sort(Comparator.comparingLong((Map.Entry<String, Stat> e) -> inclusive ? e.getValue().inclusive
                : e.getValue().nanos).reversed());
        return all.subList(0, Math.min(limit, all.size()));
    }

    public static long calls(Stat stat) {
        return stat.calls;
    }

    public static long nanos(Stat stat) {
        return stat.nanos;
    }

    /** Time including the calls made inside (a service's whole call). */
    public static long inclusive(Stat stat) {
        return stat.inclusive;
    }

    private void record(String category, String key, long nanos, long inclusive) {
        Stat m = methods.computeIfAbsent(category + " " + key, k -> new Stat());
        m.calls++;
        m.nanos += nanos;
        m.inclusive += inclusive;
        Stat c = categories.computeIfAbsent(category, k -> new Stat());
        c.calls++;
        c.nanos += nanos;
    }

    private final class Timed implements InvocationHandler {
        private final Object target;
        private final String category;
        private final String typeName;

        Timed(Object target, String category, String typeName) {
            this.target = target;
            this.category = category;
            this.typeName = typeName;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return call(method, args);
            }
            if (args != null) {
                for (int i = 0; i < args.length; i++) {
                    if (args[i] != null && Proxy.isProxyClass(args[i].getClass())
                            && Proxy.getInvocationHandler(args[i]) instanceof Timed timed) {
                        args[i] = timed.target; // the engine casts its queries to their implementation
                    }
                }
            }
            long[] frame = {System.nanoTime(), 0};
            frames.push(frame);
            Object result;
            try {
                result = call(method, args);
            } finally {
                frames.pop();
                long elapsed = System.nanoTime() - frame[0];
                record(category, typeName + "." + method.getName(), elapsed - frame[1], elapsed);
                if (!frames.isEmpty()) {
                    frames.peek()[1] += elapsed;
                }
            }
            if (result == target) {
                return proxy; // fluent queries
            }
            Class<?> type = method.getReturnType();
            if (result != null && type.isInterface() && type.getPackageName().startsWith("org.operaton.bpm.engine")
                    && (type.getSimpleName().endsWith("Service") || type.getSimpleName().endsWith("Query")
                        || type.getSimpleName().endsWith("Builder"))) {
                return newProxy(type, result);
            }
            return result;
        }

        private Object newProxy(Class<?> type, Object result) {
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    new Timed(result, category, type.getSimpleName()));
        }

        private Object call(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
