package ca.concerto.ui.api;

import java.util.Optional;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;

import com.vaadin.flow.server.VaadinSession;

/** The signed-in user of the current Vaadin session, as the host's sign-in stored it. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<UserAccount> get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(UserAccount.class));
    }

    /**
     * A platform administrator starts working in another regroupement: for the rest of the session
     * every screen shows and acts on that one, with the same roles. Their account is unchanged.
     *
     * @return the session's user from now on
     * @throws SecurityException     if the signed-in user is not a platform administrator
     * @throws IllegalStateException if nobody is signed in
     * @since 1.3
     */
    public static UserAccount workIn(String regroupementId) {
        UserAccount user = require();
        if (!user.hasRole(Role.PLATFORM_ADMINISTRATOR)) {
            throw new SecurityException(user.username() + " may work only in their own regroupement");
        }
        if (regroupementId == null || regroupementId.isBlank()) {
            throw new IllegalArgumentException("regroupementId is required");
        }
        UserAccount working = user.inRegroupement(regroupementId.strip());
        VaadinSession.getCurrent().setAttribute(UserAccount.class, working);
        return working;
    }

    /** The signed-in user; screens are only shown to signed-in users, so absence is a bug. */
    public static UserAccount require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user in this session"));
    }
}
