package ca.concerto.ui.plans.impl;

import java.util.Locale;
import java.util.Set;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.Role;
import ca.concerto.ui.api.Screen;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** « Mon compte »: every signed-in person's own account and password. */
@org.osgi.service.component.annotations.Component(service = Screen.class, name = "ca.concerto.ui.plans.AccountScreen")
public class AccountScreen implements Screen {

    private final IdentityService identity;

    @Activate
    public AccountScreen(@Reference(name = "identity") IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public String route() {
        return Routes.ACCOUNT;
    }

    @Override
    public Class<? extends Component> viewType() {
        return AccountView.class;
    }

    @Override
    public Component createView() {
        return new AccountView(identity, ViewContext.live());
    }

    @Override
    public String title(Locale locale) {
        return Messages.of(locale).get("account.heading");
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of();
    }

    /** Last in the menu, after the administration entries. */
    @Override
    public int menuOrder() {
        return 99;
    }
}
