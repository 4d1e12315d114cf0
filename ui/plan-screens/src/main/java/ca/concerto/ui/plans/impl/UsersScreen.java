package ca.concerto.ui.plans.impl;

import java.util.Locale;
import java.util.Set;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.Role;
import ca.concerto.ui.api.Screen;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** "Utilisateurs et rôles": the administrators manage the users of their regroupement and their roles. */
@org.osgi.service.component.annotations.Component(service = Screen.class, name = "ca.concerto.ui.plans.UsersScreen")
public class UsersScreen implements Screen {

    private final IdentityService identity;

    @Activate
    public UsersScreen(@Reference(name = "identity") IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public String route() {
        return Routes.USERS;
    }

    @Override
    public Class<? extends Component> viewType() {
        return UsersView.class;
    }

    @Override
    public Component createView() {
        return new UsersView(identity, ViewContext.live());
    }

    @Override
    public String title(Locale locale) {
        return Messages.of(locale).get("screen.users.title");
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of(Role.ADMINISTRATOR);
    }

    /** After the directory (40), with the administration entries at the end of the menu. */
    @Override
    public int menuOrder() {
        return 90;
    }
}
