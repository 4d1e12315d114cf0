package ca.concerto.ui.api;

import java.util.Locale;
import java.util.Set;

import ca.concerto.identity.api.Role;

import com.vaadin.flow.component.Component;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A screen contributed by a bundle, registered as an OSGi service.
 *
 * <p>The host registers {@link #viewType()} as a route at {@link #route()} and asks
 * {@link #createView()} for each new instance, so the view can be wired with the contributing
 * bundle's services. The view type may implement {@code HasUrlParameter}.
 */
@ConsumerType
public interface Screen {

    /**
     * The route of the screen where a person chooses their own password: the host sends there whoever
     * signed in with a temporary one, until they have.
     *
     * @since 1.4
     */
    String ACCOUNT_ROUTE = "account";

    /** The route path, without leading slash, such as {@code "plans"}. Unique across bundles. */
    String route();

    Class<? extends Component> viewType();

    /** A new view instance of {@link #viewType()}. */
    Component createView();

    /** The menu label in that locale, from the bundle's resource bundle. */
    String title(Locale locale);

    /** Roles that may open the screen; empty for any signed-in user. */
    Set<Role> allowedRoles();

    /** Position in the menu, lowest first. */
    default int menuOrder() {
        return 100;
    }

    /** Whether the screen appears in the menu (detail screens reached by link do not). */
    default boolean inMenu() {
        return true;
    }
}
