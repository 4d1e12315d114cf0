package ca.concerto.host;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.UserAccount;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/** The signed-in user in the Vaadin session, and whether the first administrator still has to be created. */
final class SignIn {

    private static final AtomicBoolean ADMIN_EXISTS = new AtomicBoolean();
    static final String WANTED_LOCATION = "concerto.wantedLocation";
    /** Set while the signed-in person still has the password an administrator gave. */
    static final String TEMPORARY_PASSWORD = "concerto.temporaryPassword";

    private SignIn() {
    }

    static Optional<UserAccount> user() {
        VaadinSession s = VaadinSession.getCurrent();
        return s == null ? Optional.empty() : Optional.ofNullable(s.getAttribute(UserAccount.class));
    }

    static void signIn(UserAccount user) {
        VaadinSession s = VaadinSession.getCurrent();
        s.setAttribute(UserAccount.class, user);
        s.setAttribute(TEMPORARY_PASSWORD, temporaryPassword(user.username()) ? Boolean.TRUE : null);
        s.setLocale(Messages.forLanguage(user.language()));
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(Messages.forLanguage(user.language()));
        }
    }

    /**
     * Changes the signed-in user's language and keeps it for their next sessions; the page is
     * loaded again so that every screen speaks it.
     */
    static void changeLanguage(String language) {
        UserAccount user = user().orElseThrow();
        IdentityService identity = HostServices.service(IdentityService.class)
                .orElseThrow(() -> new IllegalStateException("No identity service"));
        // a platform administrator keeps working in the regroupement they chose
        signIn(identity.changeLanguage(user.username(), language).inRegroupement(user.regroupementId()));
        UI.getCurrent().getPage().reload();
    }

    /**
     * False when the signed-in account has been closed or removed since the sign-in, so that an access
     * an administrator cut ends at the person's next page. A store that cannot answer leaves the session
     * as it is: its pages will say what fails.
     */
    static boolean stillOpen(UserAccount user) {
        Optional<IdentityService> identity = HostServices.service(IdentityService.class);
        if (identity.isEmpty()) {
            return true;
        }
        try {
            return identity.get().findUser(user.username()).map(UserAccount::active).orElse(false);
        } catch (RuntimeException e) {
            return true;
        }
    }

    /**
     * True while the signed-in person has not yet replaced the password an administrator gave; asked of
     * the store again only until they have.
     */
    static boolean mustChoosePassword(UserAccount user) {
        VaadinSession s = VaadinSession.getCurrent();
        if (s == null || !Boolean.TRUE.equals(s.getAttribute(TEMPORARY_PASSWORD))) {
            return false;
        }
        boolean still = temporaryPassword(user.username());
        if (!still) {
            s.setAttribute(TEMPORARY_PASSWORD, null);
        }
        return still;
    }

    private static boolean temporaryPassword(String username) {
        try {
            return HostServices.service(IdentityService.class).map(i -> i.hasTemporaryPassword(username))
                    .orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Ends the session's sign-in without leaving the page being entered (the router reroutes). */
    static void forget() {
        VaadinSession s = VaadinSession.getCurrent();
        s.setAttribute(UserAccount.class, null);
    }

    static void signOut() {
        VaadinSession s = VaadinSession.getCurrent();
        s.setAttribute(UserAccount.class, null);
        UI.getCurrent().getPage().setLocation("login");
        s.getSession().invalidate();
    }

    /** True when, outside demo mode, no administrator exists yet (the setup screen must run first). */
    static boolean setupNeeded() {
        if (ADMIN_EXISTS.get()) {
            return false;
        }
        HostConfig cfg = HostServices.config();
        if (cfg == null || cfg.demo()) {
            return false;
        }
        Optional<IdentityService> identity = HostServices.service(IdentityService.class);
        if (identity.isEmpty()) {
            return false;
        }
        try {
            if (identity.get().hasAdministrator()) {
                ADMIN_EXISTS.set(true);
                return false;
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static void administratorCreated() {
        ADMIN_EXISTS.set(true);
    }
}
