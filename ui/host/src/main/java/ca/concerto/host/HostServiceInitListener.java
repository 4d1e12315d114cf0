package ca.concerto.host;

import java.util.Optional;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.ui.api.Screen;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/** Binds the screen registry to Vaadin, tracks UIs, and guards every navigation. */
public class HostServiceInitListener implements VaadinServiceInitListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        ScreenRegistry.get().bindVaadin(event.getSource().getContext());
        event.getSource().addUIInitListener(uiEvent -> {
            UI ui = uiEvent.getUI();
            SignIn.user().ifPresent(u -> ui.setLocale(Messages.forLanguage(u.language())));
            ScreenRegistry.get().track(ui);
            ui.addBeforeEnterListener(HostServiceInitListener::guard);
            ui.addAfterNavigationListener(HostServiceInitListener::titleUntitled);
        });
    }

    /**
     * Every page has a title (WCAG 2.4.2): a module's screen that gives none gets its menu title,
     * "Titre — Concerto" as the platform's own screens write it.
     */
    static void titleUntitled(AfterNavigationEvent event) {
        if (event.getActiveChain().isEmpty()) {
            return;
        }
        Class<?> view = event.getActiveChain().getFirst().getClass();
        if (HasDynamicTitle.class.isAssignableFrom(view) || view.isAnnotationPresent(PageTitle.class)) {
            return;
        }
        UI ui = event.getLocationChangeEvent().getUI();
        String title = ScreenRegistry.get().forViewType(view).map(screen -> screen.title(ui.getLocale()))
                .filter(t -> t != null && !t.isBlank()).orElse(null);
        String pageTitle = title == null ? "Concerto" : ui.getTranslation("page.title", title);
        // after the router, which sets an untitled view's title to nothing once the listeners ran
        ui.beforeClientResponse(ui, context -> ui.getPage().setTitle(pageTitle));
    }

    static void guard(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (HasErrorParameter.class.isAssignableFrom(target)) {
            return;
        }
        boolean setup = SignIn.setupNeeded();
        if (target == SetupView.class) {
            if (!setup) {
                event.rerouteTo(SignIn.user().isPresent() ? HomeView.class : LoginView.class);
            }
            return;
        }
        if (setup) {
            event.rerouteTo(SetupView.class);
            return;
        }
        Optional<UserAccount> user = SignIn.user();
        if (target == LoginView.class) {
            if (user.isPresent()) {
                event.rerouteTo(HomeView.class);
            }
            return;
        }
        if (user.isEmpty()) {
            event.getUI().getSession().setAttribute(SignIn.WANTED_LOCATION, event.getLocation().getPathWithQueryParameters());
            event.rerouteTo(LoginView.class);
            return;
        }
        if (!SignIn.stillOpen(user.get())) {
            SignIn.forget();
            Notification.show(event.getUI().getTranslation("account.closed"), 8000, Notification.Position.MIDDLE);
            event.rerouteTo(LoginView.class);
            return;
        }
        if (SignIn.mustChoosePassword(user.get()) && ScreenRegistry.get().hasRoute(Screen.ACCOUNT_ROUTE)
                && !ScreenRegistry.get().forViewType(target).map(s -> Screen.ACCOUNT_ROUTE.equals(s.route()))
                        .orElse(false)) {
            // the password an administrator passed on opens « Mon compte » only, which says why; forwarded,
            // so that the address and the menu show where the person is
            event.forwardTo(Screen.ACCOUNT_ROUTE);
            return;
        }
        boolean allowed;
        if (target == ModulesView.class || target == HealthView.class) {
            allowed = user.get().hasRole(Role.ADMINISTRATOR);
        } else {
            Optional<Screen> screen = ScreenRegistry.get().forViewType(target);
            allowed = screen.map(s -> ScreenRegistry.allowed(s, user.get())).orElse(true);
        }
        if (!allowed) {
            Notification.show(event.getUI().getTranslation("access.denied"), 5000, Notification.Position.MIDDLE);
            event.rerouteTo(HomeView.class);
        }
    }
}
