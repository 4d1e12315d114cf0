package ca.concerto.host;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** The host-side door to the OSGi service registry: the Vaadin views get services from the running framework here. */
public final class HostServices {

    private static volatile BundleContext context;
    private static volatile HostConfig config;
    private static volatile ModuleMonitor monitor;
    private static final Map<Class<?>, ServiceTracker<?, ?>> TRACKERS = new ConcurrentHashMap<>();

    private HostServices() {
    }

    static void init(BundleContext ctx, HostConfig cfg, ModuleMonitor mon) {
        context = ctx;
        config = cfg;
        monitor = mon;
    }

    static void close() {
        TRACKERS.values().forEach(ServiceTracker::close);
        TRACKERS.clear();
        context = null;
    }

    /** The highest-ranked service of that type, if one is registered now. */
    public static <T> Optional<T> service(Class<T> type) {
        BundleContext ctx = context;
        if (ctx == null) {
            return Optional.empty();
        }
        ServiceTracker<?, ?> tracker = TRACKERS.computeIfAbsent(type, t -> {
            ServiceTracker<T, T> st = new ServiceTracker<>(ctx, type, null);
            st.open();
            return st;
        });
        return Optional.ofNullable(type.cast(tracker.getService()));
    }

    public static Optional<BundleContext> context() {
        return Optional.ofNullable(context);
    }

    public static HostConfig config() {
        return config;
    }

    public static ModuleMonitor monitor() {
        return monitor;
    }
}
