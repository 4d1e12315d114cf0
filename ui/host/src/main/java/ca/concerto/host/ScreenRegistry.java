package ca.concerto.host;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.ui.api.Screen;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns each {@link Screen} service into a Vaadin route and a menu entry, and takes them away with the service. */
public final class ScreenRegistry implements ServiceTrackerCustomizer<Screen, Screen> {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenRegistry.class);
    private static final ScreenRegistry INSTANCE = new ScreenRegistry();

    /** A menu entry for a locale. */
    public record MenuEntry(String route, String title, int order) {
    }

    private final Map<String, Screen> byRoute = new ConcurrentHashMap<>();
    private final Map<Class<?>, Screen> byType = new ConcurrentHashMap<>();
    private final Set<UI> uis = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private volatile VaadinContext vaadinContext;
    private volatile BundleContext bundleContext;
    private ServiceTracker<Screen, Screen> tracker;

    private ScreenRegistry() {
    }

    public static ScreenRegistry get() {
        return INSTANCE;
    }

    /** Set when the host stops (see {@link #close()}). */
    private volatile boolean closing;

    synchronized void open(BundleContext ctx) {
        bundleContext = ctx;
        tracker = new ServiceTracker<>(ctx, Screen.class, this);
        tracker.open();
    }

    synchronized void close() {
        // the host stops: its routes go one by one, no open UI is to be moved or have its menu rebuilt
        closing = true;
        if (tracker != null) {
            tracker.close();
            tracker = null;
        }
    }

    /** Called once Vaadin is up: routes of the screens already there. */
    synchronized void bindVaadin(VaadinContext ctx) {
        this.vaadinContext = ctx;
        for (Screen s : byRoute.values()) {
            addRoute(s);
        }
    }

    @Override
    public Screen addingService(ServiceReference<Screen> reference) {
        Screen screen = bundleContext.getService(reference);
        if (screen == null) {
            return null;
        }
        try {
            String route = normalize(screen.route());
            synchronized (this) {
                if (byRoute.containsKey(route)) {
                    HostServices.monitor().error(ModuleMonitor.name(reference.getBundle()),
                            "Route already taken by another screen: " + route);
                    bundleContext.ungetService(reference);
                    return null;
                }
                byRoute.put(route, screen);
                byType.put(screen.viewType(), screen);
                if (vaadinContext != null) {
                    addRoute(screen);
                }
            }
            LOG.info("Screen added: /{} ({})", route, screen.viewType().getName());
            refreshUis(null);
            return screen;
        } catch (RuntimeException e) {
            LOG.error("Bad screen from {}", ModuleMonitor.name(reference.getBundle()), e);
            HostServices.monitor().error(ModuleMonitor.name(reference.getBundle()), e);
            bundleContext.ungetService(reference);
            return null;
        }
    }

    @Override
    public void modifiedService(ServiceReference<Screen> reference, Screen service) {
        refreshUis(null);
    }

    @Override
    public void removedService(ServiceReference<Screen> reference, Screen screen) {
        String route;
        Class<?> type;
        try {
            route = normalize(screen.route());
            type = screen.viewType();
        } catch (RuntimeException e) {
            route = byRoute.entrySet().stream().filter(en -> en.getValue() == screen).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            type = byType.entrySet().stream().filter(en -> en.getValue() == screen).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
        }
        synchronized (this) {
            if (route != null) {
                byRoute.remove(route, screen);
                if (vaadinContext != null) {
                    try {
                        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(vaadinContext))
                                .removeRoute(route);
                    } catch (RuntimeException e) {
                        LOG.warn("Cannot remove route {}", route, e);
                    }
                }
            }
            if (type != null) {
                byType.remove(type, screen);
            }
        }
        LOG.info("Screen removed: /{}", route);
        refreshUis(type);
        try {
            bundleContext.ungetService(reference);
        } catch (IllegalStateException ignored) {
            // framework stopping
        }
    }

    private void addRoute(Screen screen) {
        String route = normalize(screen.route());
        try {
            RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(vaadinContext))
                    .setRoute(route, screen.viewType(), MainLayout.class);
        } catch (RuntimeException e) {
            LOG.error("Cannot register route {}", route, e);
            if (HostServices.monitor() != null) {
                HostServices.monitor().error(screen.viewType().getName(), e);
            }
        }
    }

    /** Whether a bundle contributes a screen at this route. */
    public boolean hasRoute(String route) {
        return byRoute.containsKey(route);
    }

    /** The screen whose view type this is, if a bundle contributes it. */
    public Optional<Screen> forViewType(Class<?> type) {
        return Optional.ofNullable(byType.get(type));
    }

    public static boolean allowed(Screen screen, UserAccount user) {
        Set<Role> roles = screen.allowedRoles();
        if (roles == null || roles.isEmpty()) {
            return user != null;
        }
        return user != null && roles.stream().anyMatch(user::hasRole);
    }

    /** The menu for that user and locale: only in-menu screens they may open, by menu order then title. */
    public List<MenuEntry> menu(UserAccount user, Locale locale) {
        List<MenuEntry> entries = new ArrayList<>();
        for (Map.Entry<String, Screen> e : byRoute.entrySet()) {
            Screen s = e.getValue();
            try {
                if (s.inMenu() && allowed(s, user)) {
                    entries.add(new MenuEntry(e.getKey(), s.title(locale), s.menuOrder()));
                }
            } catch (RuntimeException ex) {
                LOG.warn("Screen {} failed to describe itself", e.getKey(), ex);
            }
        }
        entries.sort(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::title));
        return entries;
    }

    void track(UI ui) {
        uis.add(ui);
        ui.addDetachListener(e -> uis.remove(ui));
    }

    /**
     * Every open UI: moved home if it shows {@code removedType}, and its menu rebuilt. Runs through
     * {@code ui.access} so push delivers it.
     */
    private void refreshUis(Class<?> removedType) {
        if (closing) {
            return;
        }
        List<UI> copy;
        synchronized (uis) {
            copy = new ArrayList<>(uis);
        }
        for (UI ui : copy) {
            try {
                ui.access(() -> {
                    List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
                    boolean showsRemoved = removedType != null
                            && chain.stream().anyMatch(c -> c.getClass() == removedType);
                    if (showsRemoved) {
                        ui.navigate(HomeView.class);
                        chain = ui.getInternals().getActiveRouterTargetsChain();
                    }
                    chain.stream().filter(MainLayout.class::isInstance).map(MainLayout.class::cast)
                            .forEach(MainLayout::refreshMenu);
                });
            } catch (RuntimeException e) {
                LOG.debug("UI not refreshed", e);
            }
        }
    }

    static String normalize(String route) {
        String r = route == null ? "" : route.trim();
        while (r.startsWith("/")) {
            r = r.substring(1);
        }
        return r;
    }

    /** For the instantiator: a view instance from the contributing bundle. */
    <T> T createView(Class<T> type) {
        Screen s = byType.get(type);
        if (s == null) {
            return null;
        }
        Component c = s.createView();
        return type.cast(c);
    }
}
