package ca.concerto.ui.api;

import java.util.Set;

import ca.concerto.identity.api.Role;

import com.vaadin.flow.component.Component;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A panel of the home page, contributed by a bundle as an OSGi service. The host's home page shows,
 * in {@link #order()}, the panels meant for the signed-in user's roles: their tasks, the plans in
 * progress with where each stands in its cycle, the deadlines coming. A panel leaves the home page
 * with its bundle.
 *
 * @since 1.2
 */
@ConsumerType
public interface HomePanel {

    /** Roles whose home page shows the panel; empty for every signed-in user. */
    Set<Role> roles();

    /** Position on the home page, lowest first. */
    default int order() {
        return 100;
    }

    /**
     * A new panel for the signed-in user of the current session ({@link CurrentUser}), in their
     * language; it reads what it shows when created.
     */
    Component create();
}
