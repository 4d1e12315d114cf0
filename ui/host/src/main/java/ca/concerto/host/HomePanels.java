package ca.concerto.host;

import java.util.Comparator;
import java.util.List;

import ca.concerto.identity.api.UserAccount;
import ca.concerto.ui.api.HomePanel;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** The {@link HomePanel} services present now; a panel goes with its bundle. */
final class HomePanels {

    /** A panel with the bundle that brought it, for error messages. */
    record Contribution(HomePanel panel, String module) {
    }

    private static volatile ServiceTracker<HomePanel, HomePanel> tracker;

    private HomePanels() {
    }

    static synchronized void open(BundleContext ctx) {
        tracker = new ServiceTracker<>(ctx, HomePanel.class, null);
        tracker.open();
    }

    static synchronized void close() {
        if (tracker != null) {
            tracker.close();
            tracker = null;
        }
    }

    /** The panels meant for the user's roles, in their order. */
    static List<Contribution> of(UserAccount user) {
        ServiceTracker<HomePanel, HomePanel> current = tracker;
        if (current == null || user == null) {
            return List.of();
        }
        return current.getTracked().entrySet().stream()
                .filter(e -> e.getValue().roles().isEmpty() || e.getValue().roles().stream().anyMatch(user::hasRole))
                .sorted(Comparator.comparingInt((java.util.Map.Entry<ServiceReference<HomePanel>, HomePanel> e)
                        -> e.getValue().order()).thenComparing(e -> e.getKey()))
                .map(e -> new Contribution(e.getValue(), ModuleMonitor.name(e.getKey().getBundle())))
                .toList();
    }
}
