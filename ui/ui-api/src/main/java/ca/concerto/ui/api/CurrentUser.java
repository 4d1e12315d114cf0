package ca.concerto.ui.api;

import java.util.Optional;

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

    /** The signed-in user; screens are only shown to signed-in users, so absence is a bug. */
    public static UserAccount require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user in this session"));
    }
}
