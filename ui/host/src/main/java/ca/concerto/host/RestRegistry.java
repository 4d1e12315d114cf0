package ca.concerto.host;

import java.util.Map;
import java.util.Optional;

import ca.concerto.rest.api.RestResource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link RestResource} services of the running bundles, by path: a resource is served from the
 * moment its service is registered until it goes away. Among services claiming one path the
 * highest-ranked wins.
 */
final class RestRegistry implements ApiServlet.Resources, ServiceTrackerCustomizer<RestResource, RestResource> {

    private static final Logger LOG = LoggerFactory.getLogger(RestRegistry.class);
    private static final RestRegistry INSTANCE = new RestRegistry();

    private volatile BundleContext context;
    private volatile ServiceTracker<RestResource, RestResource> tracker;

    private RestRegistry() {
    }

    static RestRegistry get() {
        return INSTANCE;
    }

    synchronized void open(BundleContext ctx) {
        context = ctx;
        tracker = new ServiceTracker<>(ctx, RestResource.class, this);
        tracker.open();
    }

    synchronized void close() {
        if (tracker != null) {
            tracker.close();
            tracker = null;
        }
    }

    @Override
    public Optional<RestResource> find(String path) {
        ServiceTracker<RestResource, RestResource> t = tracker;
        if (t == null) {
            return Optional.empty();
        }
        // getTracked() is sorted in reverse reference order: highest ranking, then lowest id, first
        for (Map.Entry<ServiceReference<RestResource>, RestResource> e : t.getTracked().entrySet()) {
            if (path.equals(e.getValue().path())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    @Override
    public RestResource addingService(ServiceReference<RestResource> reference) {
        RestResource resource = context.getService(reference);
        if (resource != null) {
            LOG.info("REST resource /api/{} from {}", resource.path(), reference.getBundle().getSymbolicName());
        }
        return resource;
    }

    @Override
    public void modifiedService(ServiceReference<RestResource> reference, RestResource service) {
        // the path is read on each call
    }

    @Override
    public void removedService(ServiceReference<RestResource> reference, RestResource service) {
        LOG.info("REST resource /api/{} removed", service.path());
        try {
            context.ungetService(reference);
        } catch (IllegalStateException stopped) {
            // the framework is stopping
        }
    }
}
